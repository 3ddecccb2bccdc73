import datetime as dt, json, logging, sys
from dataclasses import dataclass, field, asdict
@dataclass
class Issue:
    id: int
    title: str
    created: dt.datetime
    tags: list = field(default_factory=list)
issues = [Issue(i, 'Bug %d' % i, dt.datetime(2024, 1, i + 1, 9, 30) + dt.timedelta(hours=i * 5)) for i in range(4)]
print(issues[1])
print(json.dumps([asdict(x) for x in issues], default=lambda o: o.isoformat(), indent=1))
print(sorted(issues, key=lambda x: x.created, reverse=True)[0].title)
age = dt.datetime(2024, 2, 1) - issues[0].created
print(age, age.days, age.total_seconds())
print(issues[2].created.strftime('%A %d %B %Y, %H:%M'), issues[2].created.date().isoformat())
print(dt.datetime.fromisoformat('2024-03-01T12:00:00+01:00').astimezone(dt.timezone.utc))
print(dt.datetime.strptime('2024-03-01 08:15', '%Y-%m-%d %H:%M') - dt.timedelta(minutes=30))
print(dt.date(2024, 2, 28) + dt.timedelta(days=1), dt.date(2024, 3, 1).isocalendar())

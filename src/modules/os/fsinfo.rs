//! `posix.statvfs`: the file system statistics behind `os.statvfs` and
//! `shutil.disk_usage` (the struct sequence is made in `os.py`).

use super::{arg_path, os_error_errno};
use crate::heap::ObjRef;
use crate::vm::{Args, PyResult, Vm};

/// `statvfs(path)` -> the 11 integers of `os.statvfs_result`, in its order:
/// bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag,
/// namemax, fsid.
pub(super) fn statvfs(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = arg_path(vm, args, "statvfs", 1, 1)?;
    let st = match nix::sys::statvfs::statvfs(p.as_str()) {
        Ok(st) => st,
        Err(e) => return Err(os_error_errno(vm, e as i32, Some(&p))),
    };
    let values = [
        st.block_size() as u64,
        st.fragment_size() as u64,
        st.blocks() as u64,
        st.blocks_free() as u64,
        st.blocks_available() as u64,
        st.files() as u64,
        st.files_free() as u64,
        st.files_available() as u64,
        st.flags().bits() as u64,
        st.name_max() as u64,
        st.filesystem_id() as u64,
    ];
    let items = values
        .iter()
        .map(|&v| match i64::try_from(v) {
            Ok(small) => vm.new_int(small),
            Err(_) => vm.new_bigint(v.into()),
        })
        .collect();
    Ok(vm.new_tuple(items))
}

#[cfg(test)]
mod tests {
    #[test]
    fn root_has_blocks() {
        let st = nix::sys::statvfs::statvfs("/").expect("statvfs /");
        assert!(st.blocks() > 0);
        assert!(st.fragment_size() > 0);
    }
}

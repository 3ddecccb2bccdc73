//! The bytecode format: instructions, code objects, and the disassembler.
//! Depends on nothing else in the crate.

pub mod code;
pub mod disasm;
pub mod opcode;

pub use code::{CodeObject, ConstValue, ExceptionTableEntry, Loc};
pub use opcode::{BinaryOperator, ComparisonOperator, Instr};

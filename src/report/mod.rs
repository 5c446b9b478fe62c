//! Report computations: plain view structs, no formatting.

pub mod diff;

//! Report computations: plain view structs, no formatting.

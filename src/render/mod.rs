//! Rendering report views into output formats. Computation lives in
//! [`crate::report`]; this module only lays out what it is given.

pub mod diff;
pub mod fi;

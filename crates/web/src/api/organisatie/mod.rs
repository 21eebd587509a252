//! Samenwerkingsverbanden and scholen: public organisation data.

mod samenwerkingsverband;
mod samenwerkingsverbanden;
mod scholen;
mod school;

pub use samenwerkingsverband::*;
pub use samenwerkingsverbanden::*;
pub use scholen::*;
pub use school::*;

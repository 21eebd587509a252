//! The one integration-test binary: storage contract (SQLite and PostgreSQL), regio-indeling
//! against the official table, HTTP pages, the command line, and privacy checks.

mod access;
mod api;
mod browser;
mod cli;
mod privacy;
mod regio;
mod store;
mod support;
mod thuiszitters;
mod web;

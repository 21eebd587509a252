//! The one integration-test binary: storage contract (SQLite and PostgreSQL), regio-indeling
//! against the official table, HTTP pages, the command line, and privacy checks.

mod aanmelding;
mod access;
mod access_bestanden;
mod access_geld;
mod access_monitor;
mod access_overzicht;
mod access_verantwoording;
mod api;
mod bekostiging_cli;
mod bestanden_api;
mod browser;
mod cli;
mod crash;
mod dossier_api;
mod edexml;
mod export;
mod geld;
mod leerplicht;
mod monitor;
mod ondersteuning;
mod ondersteuning_api;
mod oso;
mod overzicht_api;
mod privacy;
mod regio;
mod rolscoping;
mod store;
mod support;
mod synth_cli;
mod thuiszitters;
mod verantwoording;
mod verzuim_app;
mod verzuim_cli;
mod vijandig;
mod web;

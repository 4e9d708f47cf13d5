#![no_main]
//! Fuzz target `grammars`: see `tidings_tests::harness::check_grammars` for the invariants.
libfuzzer_sys::fuzz_target!(|data: &[u8]| tidings_tests::harness::check_grammars(data));

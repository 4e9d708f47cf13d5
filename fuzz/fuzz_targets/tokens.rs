#![no_main]
//! Fuzz target `tokens`: see `tidings_tests::harness::check_tokens` for the invariants.
libfuzzer_sys::fuzz_target!(|data: &[u8]| tidings_tests::harness::check_tokens(data));

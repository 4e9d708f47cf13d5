#![no_main]
//! Fuzz target `stream`: see `tidings_tests::harness::check_stream` for the invariants.
libfuzzer_sys::fuzz_target!(|data: &[u8]| tidings_tests::harness::check_stream(data));

#![no_main]
//! Fuzz target `page`: see `tidings_tests::harness::check_page` for the invariants.
libfuzzer_sys::fuzz_target!(|data: &[u8]| tidings_tests::harness::check_page(data));

#![no_main]
//! Fuzz target `sentences`: see `tidings_tests::harness::check_sentences` for the invariants.
libfuzzer_sys::fuzz_target!(|data: &[u8]| tidings_tests::harness::check_sentences(data));

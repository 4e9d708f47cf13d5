//! Lexicons shared by the tokenizer, the sentence segmenter and the article
//! classifier. Every lexicon is data: a sorted static table searched by
//! binary search, documented next to its entries, easy to extend.

pub mod abbrev;
pub mod boilerplate;
pub mod stopwords;

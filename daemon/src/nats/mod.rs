//! NATS JetStream: the daemon's scale-out sink and the `tail` consumer.
//!
//! * [`conn`]: connection settings (URL, credentials, TLS) and connecting;
//! * [`msgid`]: the stable `Nats-Msg-Id` of a record, which lets
//!   JetStream's duplicate window drop a re-publish after a crash;
//! * [`stream`]: checking or creating the stream that stores the subject;
//! * [`publish`]: publishing a batch and waiting for every ack;
//! * [`tail`]: a durable pull consumer printing records as JSON Lines.
//!
//! Self-contained (it knows nothing of the watch daemon's types), so the
//! benchmark binary can include it too.

pub mod conn;
pub mod msgid;
pub mod publish;
pub mod stream;
pub mod tail;

//! The editorial calendar: content items per client and channel, planned in
//! the client's time zone, with their approval by the business; the
//! occasions layer (the business's own dates, Italian holidays, marketing
//! days); the cadence check; iCalendar and CSV exchange.
//!
//! Invariants:
//! - `planned_at` is the UTC instant and `planned_local` the wall-clock time
//!   in the client's zone it was planned at; reads are range queries on
//!   (client_id, planned_at);
//! - variants of the same content share a `group_id`, one item per channel.

pub mod cadence;
pub mod csv_io;
pub mod exchange;
pub mod holidays;
pub mod ical;
pub mod items;
pub mod occasions;
pub mod slots;
pub mod transfer;
pub mod view;
pub mod wallclock;
pub mod workflow;

use crate::text_enum;

#[cfg(test)]
mod tests;

text_enum!(
    ItemStatus {
        Idea = "idea",
        Draft = "draft",
        InReview = "in_review",
        ChangesRequested = "changes_requested",
        Approved = "approved",
        Scheduled = "scheduled",
        Published = "published",
        Cancelled = "cancelled",
    }
);

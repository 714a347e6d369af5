use chrono::{TimeZone, Utc};
use proptest::prelude::*;

use super::*;

const PAIRING: &str = "0190b3a2-0000-7000-8000-0000000000p1";
const AGENCY: &str = "0190b3a2-0000-7000-8000-0000000000a1";

fn secret(n: u8) -> Secret {
    Secret::from_bytes([n; 32])
}

fn header(sequence: u64) -> Header {
    Header {
        format: FORMAT_VERSION,
        schema: crate::store::LATEST_VERSION,
        kind: FileKind::Changes,
        sender: AGENCY.into(),
        pairing: PAIRING.into(),
        client: "0190b3a2-0000-7000-8000-000000000001".parse().unwrap(),
        sequence,
        payload_sha256: String::new(),
        created_at: Utc.with_ymd_and_hms(2026, 11, 24, 10, 0, 0).unwrap(),
        invitation: None,
    }
}

fn expected(secret: &Secret, last_sequence: u64) -> Expected<'_> {
    Expected {
        pairing: PAIRING,
        sender: Some(AGENCY),
        secret,
        last_sequence,
    }
}

fn code(result: Result<(Header, Vec<u8>)>) -> ErrorCode {
    result.unwrap_err().code()
}

#[test]
fn a_sealed_file_opens_with_its_header_and_payload() {
    let key = secret(7);
    let file = seal(&header(1), b"changes of Forno Rossi", &key).unwrap();
    assert!(file.starts_with(MAGIC));
    let (h, payload) = open(&file, &expected(&key, 0)).unwrap();
    assert_eq!(payload, b"changes of Forno Rossi");
    assert_eq!(h.sequence, 1);
    assert_eq!(h.payload_sha256.len(), 64);
    // While pairing, the sender is not known yet.
    let pairing = Expected {
        sender: None,
        ..expected(&key, 0)
    };
    open(&file, &pairing).unwrap();
}

#[test]
fn every_changed_byte_is_refused() {
    let key = secret(7);
    let file = seal(&header(1), b"payload", &key).unwrap();
    for i in 0..file.len() {
        let mut bad = file.clone();
        bad[i] ^= 0x01;
        let e = open(&bad, &expected(&key, 0)).unwrap_err();
        assert!(
            matches!(
                e.code(),
                ErrorCode::NotAnExchangeFile
                    | ErrorCode::ExchangeTampered
                    | ErrorCode::ExchangeTruncated
                    | ErrorCode::ExchangeForeign
            ),
            "byte {i}: {e}"
        );
    }
}

#[test]
fn every_truncation_and_any_extra_byte_is_refused() {
    let key = secret(7);
    let file = seal(&header(1), b"payload", &key).unwrap();
    for len in 0..file.len() {
        let e = open(&file[..len], &expected(&key, 0)).unwrap_err();
        let want = if len < MAGIC.len() {
            ErrorCode::NotAnExchangeFile
        } else {
            ErrorCode::ExchangeTruncated
        };
        assert_eq!(e.code(), want, "{len} bytes");
    }
    let mut longer = file.clone();
    longer.push(0);
    assert_eq!(
        code(open(&longer, &expected(&key, 0))),
        ErrorCode::ExchangeTampered
    );
}

#[test]
fn a_file_of_another_pairing_sender_or_secret_is_refused() {
    let key = secret(7);
    let file = seal(&header(1), b"payload", &key).unwrap();
    assert_eq!(
        code(open(&file, &expected(&secret(8), 0))),
        ErrorCode::ExchangeTampered
    );
    let other_pairing = Expected {
        pairing: "0190b3a2-0000-7000-8000-0000000000p2",
        ..expected(&key, 0)
    };
    assert_eq!(
        code(open(&file, &other_pairing)),
        ErrorCode::ExchangeForeign
    );
    let other_sender = Expected {
        sender: Some("0190b3a2-0000-7000-8000-0000000000b1"),
        ..expected(&key, 0)
    };
    assert_eq!(code(open(&file, &other_sender)), ErrorCode::ExchangeForeign);
}

#[test]
fn a_replayed_file_and_a_gap_are_refused_with_what_was_expected() {
    let key = secret(7);
    let third = seal(&header(3), b"payload", &key).unwrap();
    assert_eq!(
        code(open(&third, &expected(&key, 3))),
        ErrorCode::ExchangeReplayed
    );
    assert_eq!(
        code(open(&third, &expected(&key, 5))),
        ErrorCode::ExchangeReplayed
    );
    let gap = open(&third, &expected(&key, 1)).unwrap_err();
    assert_eq!(gap.code(), ErrorCode::ExchangeGap);
    assert_eq!(gap.params()["expected"], "2");
    open(&third, &expected(&key, 2)).unwrap();
}

#[test]
fn a_newer_format_is_refused_even_when_genuine() {
    let key = secret(7);
    let mut newer = header(1);
    newer.format = FORMAT_VERSION + 1;
    let file = seal(&newer, b"payload", &key).unwrap();
    let e = open(&file, &expected(&key, 0)).unwrap_err();
    assert_eq!(e.code(), ErrorCode::ExchangeNewerFormat);
    assert_eq!(e.params()["found"], (FORMAT_VERSION + 1).to_string());
}

#[test]
fn secrets_are_random_and_never_printed() {
    let (a, b) = (Secret::generate().unwrap(), Secret::generate().unwrap());
    assert_ne!(a, b);
    assert_eq!(format!("{a:?}"), "Secret(…)");
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic_and_never_open(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let key = secret(7);
        prop_assert!(open(&bytes, &expected(&key, 0)).is_err());
    }

    #[test]
    fn a_genuine_file_with_any_change_never_opens(
        payload in proptest::collection::vec(any::<u8>(), 0..256),
        at in any::<prop::sample::Index>(),
        with in 1u8..=255,
    ) {
        let key = secret(7);
        let file = seal(&header(1), &payload, &key).unwrap();
        let (_, back) = open(&file, &expected(&key, 0)).unwrap();
        prop_assert_eq!(&back, &payload);
        let mut bad = file.clone();
        let i = at.index(bad.len());
        bad[i] ^= with;
        prop_assert!(open(&bad, &expected(&key, 0)).is_err());
    }
}

//! The file two paired installs exchange: an envelope around a payload (an
//! invitation, or a numbered batch of changes of one client).
//!
//! Layout, every number big-endian:
//!
//! ```text
//! "REGIAX01"            8 bytes, the magic
//! header length         u32
//! header                JSON (format and schema versions, kind, sender
//!                       install, pairing, client, sequence, payload SHA-256)
//! payload length        u64
//! payload               bytes
//! HMAC-SHA-256          32 bytes over everything before it, keyed with
//!                       the secret made at pairing
//! ```
//!
//! Opening checks, in order, and refuses the whole file with a typed error
//! at the first that fails: the magic (not an exchange file), the lengths
//! (truncated, or bytes after the end), the header (malformed), the pairing
//! (a file of another pairing or install), the HMAC and the SHA-256
//! (tampered), the format version (written by a newer Regia), and the
//! sequence (already applied: a replay; or a gap, naming the file expected).
//! Nothing is trusted before the HMAC holds except what is needed to say
//! which pairing the file claims.

use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{Error, ErrorCode, Result};
use crate::ids::ClientId;
use crate::text_enum;

pub const MAGIC: &[u8; 8] = b"REGIAX01";
/// The envelope's format; a reader refuses a newer one.
pub const FORMAT_VERSION: u32 = 1;
const MAC_LEN: usize = 32;
/// A header larger than this is not one Regia wrote.
const MAX_HEADER: usize = 64 * 1024;

type HmacSha256 = Hmac<Sha256>;

text_enum!(
    FileKind { Invitation = "invitation", Changes = "changes" }
);

/// The secret two installs share from pairing on; it keys every file's HMAC.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret([u8; 32]);

impl Secret {
    /// A new secret from the system's random source.
    pub fn generate() -> Result<Self> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| {
            Error::conflict(None, ErrorCode::Internal, format!("no random source: {e}"))
        })?;
        Ok(Self(bytes))
    }

    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

/// What a file says about itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Header {
    pub format: u32,
    /// The sender's database schema version.
    pub schema: i64,
    pub kind: FileKind,
    /// The install that wrote the file.
    pub sender: String,
    /// The pairing the file belongs to.
    pub pairing: String,
    pub client: ClientId,
    /// 1 for a pairing's first file from this sender, then one more each file.
    pub sequence: u64,
    /// Hex SHA-256 of the payload.
    pub payload_sha256: String,
    pub created_at: DateTime<Utc>,
    /// Only in an invitation: what the business needs to answer it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invitation: Option<Invitation>,
}

/// An invitation carries the pairing's secret (so it must travel privately,
/// like a password) and the agency's name.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Invitation {
    /// Hex of the 32 bytes.
    pub secret: String,
    pub agency: String,
}

impl std::fmt::Debug for Invitation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Invitation")
            .field("secret", &"…")
            .field("agency", &self.agency)
            .finish()
    }
}

impl Invitation {
    pub fn secret(&self) -> Result<Secret> {
        let bytes = unhex(&self.secret)
            .and_then(|b| <[u8; 32]>::try_from(b).ok())
            .ok_or_else(|| {
                refused(
                    ErrorCode::ExchangeTampered,
                    "the invitation's key is malformed",
                )
            })?;
        Ok(Secret::from_bytes(bytes))
    }
}

/// What a file is expected to be: from this pairing and peer, next in sequence.
#[derive(Debug, Clone)]
pub struct Expected<'a> {
    pub pairing: &'a str,
    /// The peer install; `None` while pairing (the invitation names it).
    pub sender: Option<&'a str>,
    pub secret: &'a Secret,
    /// The last sequence applied from that sender (0 for none).
    pub last_sequence: u64,
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| {
            text.get(i..i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        })
        .collect()
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn payload_hash(payload: &[u8]) -> String {
    hex(&Sha256::digest(payload))
}

fn mac(secret: &Secret) -> Result<HmacSha256> {
    <HmacSha256 as Mac>::new_from_slice(secret.as_bytes())
        .map_err(|e| Error::conflict(None, ErrorCode::Internal, format!("HMAC key: {e}")))
}

/// Writes a file: `header.payload_sha256` is filled in here.
pub fn seal(header: &Header, payload: &[u8], secret: &Secret) -> Result<Vec<u8>> {
    let mut header = header.clone();
    header.payload_sha256 = payload_hash(payload);
    let json = serde_json::to_vec(&header)?;
    let mut out = Vec::with_capacity(8 + 4 + json.len() + 8 + payload.len() + MAC_LEN);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(json.len() as u32).to_be_bytes());
    out.extend_from_slice(&json);
    out.extend_from_slice(&(payload.len() as u64).to_be_bytes());
    out.extend_from_slice(payload);
    let mut m = mac(secret)?;
    m.update(&out);
    out.extend_from_slice(&m.finalize().into_bytes());
    Ok(out)
}

fn refused(code: ErrorCode, message: impl Into<String>) -> Error {
    Error::conflict(Some("file"), code, message)
}

/// Reads `n` bytes at `at`, or the file is truncated.
fn take(bytes: &[u8], at: usize, n: usize) -> Result<&[u8]> {
    at.checked_add(n)
        .and_then(|end| bytes.get(at..end))
        .ok_or_else(|| refused(ErrorCode::ExchangeTruncated, "the file ends too early"))
}

/// A file's parts, before anything is verified.
struct Parts<'a> {
    header: Header,
    signed: &'a [u8],
    payload: &'a [u8],
    tag: &'a [u8],
}

/// What a file claims to be, without verifying it: enough to find the
/// pairing (and its secret) to verify it with.
pub fn peek(bytes: &[u8]) -> Result<Header> {
    parse(bytes).map(|parts| parts.header)
}

/// Opens a file, checking everything listed in the module comment. An
/// invitation has no sequence to check.
pub fn open(bytes: &[u8], expected: &Expected<'_>) -> Result<(Header, Vec<u8>)> {
    let Parts {
        header,
        signed,
        payload,
        tag,
    } = parse(bytes)?;
    if header.pairing != expected.pairing
        || expected
            .sender
            .is_some_and(|sender| sender != header.sender)
    {
        return Err(refused(
            ErrorCode::ExchangeForeign,
            "this file belongs to another pairing",
        ));
    }
    let mut m = mac(expected.secret)?;
    m.update(signed);
    if m.verify_slice(tag).is_err() || payload_hash(payload) != header.payload_sha256 {
        return Err(refused(
            ErrorCode::ExchangeTampered,
            "the file was changed after it was written",
        ));
    }
    if header.format > FORMAT_VERSION {
        return Err(refused(
            ErrorCode::ExchangeNewerFormat,
            "the file was written by a newer Regia",
        )
        .with_param("found", header.format)
        .with_param("supported", FORMAT_VERSION));
    }
    if header.kind == FileKind::Invitation {
        return Ok((header, payload.to_vec()));
    }
    check_sequence(&header, expected.last_sequence)?;
    Ok((header, payload.to_vec()))
}

fn parse(bytes: &[u8]) -> Result<Parts<'_>> {
    if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
        return Err(refused(
            ErrorCode::NotAnExchangeFile,
            "this is not a file of Regia's exchange",
        ));
    }
    let mut at = MAGIC.len();
    let mut word = [0u8; 4];
    word.copy_from_slice(take(bytes, at, 4)?);
    let header_len = u32::from_be_bytes(word) as usize;
    at += 4;
    if header_len > MAX_HEADER {
        return Err(refused(
            ErrorCode::ExchangeTampered,
            "the header is too long",
        ));
    }
    let header_bytes = take(bytes, at, header_len)?;
    at += header_len;
    let mut long = [0u8; 8];
    long.copy_from_slice(take(bytes, at, 8)?);
    let payload_len = u64::from_be_bytes(long);
    at += 8;
    let payload_len = usize::try_from(payload_len)
        .map_err(|_| refused(ErrorCode::ExchangeTruncated, "the file ends too early"))?;
    let payload = take(bytes, at, payload_len)?;
    at += payload_len;
    let tag = take(bytes, at, MAC_LEN)?;
    if bytes.len() != at + MAC_LEN {
        return Err(refused(
            ErrorCode::ExchangeTampered,
            "the file has bytes after its end",
        ));
    }
    let header: Header = serde_json::from_slice(header_bytes)
        .map_err(|_| refused(ErrorCode::ExchangeTampered, "the header cannot be read"))?;
    Ok(Parts {
        header,
        signed: &bytes[..at],
        payload,
        tag,
    })
}

fn check_sequence(header: &Header, last_sequence: u64) -> Result<()> {
    if header.sequence <= last_sequence {
        return Err(refused(
            ErrorCode::ExchangeReplayed,
            format!("file {} was already applied", header.sequence),
        )
        .with_param("sequence", header.sequence));
    }
    if header.sequence > last_sequence + 1 {
        return Err(refused(
            ErrorCode::ExchangeGap,
            format!(
                "file {} comes before this one ({})",
                last_sequence + 1,
                header.sequence
            ),
        )
        .with_param("expected", last_sequence + 1)
        .with_param("sequence", header.sequence));
    }
    Ok(())
}

#[cfg(test)]
mod tests;

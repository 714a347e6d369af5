use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use proptest::prelude::*;

use super::*;
use crate::ErrorCode;
use crate::calendar::ItemStatus;
use crate::calendar::exchange::{ExportItem, ImportPreview, ImportedItem, RowError};
use crate::ids::ItemId;
use csv::ReaderBuilder;

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .and_then(|date| date.and_hms_opt(h, min, 0))
        .expect("valid test date")
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

fn time(h: u32, m: u32) -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(h, m, 0)
}

fn utc(y: i32, m: u32, d: u32) -> DateTime<Utc> {
    Utc.from_utc_datetime(&at(y, m, d, 9, 0))
}

fn item(title: &str, caption: &str) -> ExportItem {
    ExportItem {
        id: ItemId::new(),
        title: title.to_owned(),
        caption: caption.to_owned(),
        notes: String::new(),
        channel: "instagram".to_owned(),
        channel_label: "Instagram".to_owned(),
        pillar: None,
        objective: None,
        occasion: None,
        owner: None,
        status: ItemStatus::Draft,
        sequence: 0,
        start: Some(at(2025, 3, 15, 18, 30)),
        timezone: "Europe/Rome".to_owned(),
        created_at: utc(2025, 2, 1),
        updated_at: utc(2025, 2, 3),
    }
}

fn known() -> Vec<String> {
    let mut keys: Vec<String> = crate::channels::CATALOG
        .iter()
        .map(|k| (*k).to_owned())
        .collect();
    keys.push("custom:Radio Bruno".to_owned());
    keys
}

fn records(csv: &str, delimiter: u8) -> Vec<Vec<String>> {
    ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(csv.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|r| r.expect("valid CSV").iter().map(str::to_owned).collect())
        .collect()
}

fn import(text: &str) -> ImportPreview {
    parse_import(text.as_bytes(), &known())
}

// --- Buffer ---

#[test]
fn buffer_csv_has_buffer_header_and_posting_time() {
    let mut with_caption = item("Saldi", "Sconti, davvero; \"tutto\"\nda oggi");
    with_caption.pillar = Some("Promozioni".to_owned());
    let mut without_caption = item("Solo titolo", "  ");
    without_caption.start = Some(at(2025, 12, 1, 7, 5));
    let mut unplaced = item("Senza data", "x");
    unplaced.start = None;
    let csv = to_buffer_csv(&[with_caption, unplaced, without_caption]);

    assert!(csv.starts_with("Text,Image URL,Tags,Posting Time\r\n"));
    assert_eq!(
        records(&csv, b','),
        [
            vec!["Text", "Image URL", "Tags", "Posting Time"],
            vec![
                "Sconti, davvero; \"tutto\"\nda oggi",
                "",
                "Promozioni",
                "2025-03-15 18:30"
            ],
            vec!["Solo titolo", "", "", "2025-12-01 07:05"],
        ]
    );
}

#[test]
fn buffer_csv_of_nothing_is_the_header() {
    assert_eq!(to_buffer_csv(&[]), "Text,Image URL,Tags,Posting Time\r\n");
}

// --- full export ---

fn full_item() -> ExportItem {
    let mut post = item("Saldi", "Testo");
    post.status = ItemStatus::InReview;
    post.pillar = Some("Promozioni".to_owned());
    post.objective = Some("Vendite".to_owned());
    post.occasion = Some("Festa della donna".to_owned());
    post.owner = Some("Giulia".to_owned());
    post.notes = "Foto di Marco".to_owned();
    post
}

#[test]
fn italian_full_csv_has_bom_semicolons_and_italian_dates() {
    let post = full_item();
    let csv = to_full_csv(std::slice::from_ref(&post), Language::Italian);
    assert!(csv.starts_with(
        "\u{feff}Canale;Titolo;Testo;Data;Ora;Stato;Pilastro;Obiettivo;Occasione;Responsabile;Note;ID\r\n"
    ));
    assert_eq!(
        records(&csv, b';')[1],
        [
            "instagram",
            "Saldi",
            "Testo",
            "15/03/2025",
            "18:30",
            "in_review",
            "Promozioni",
            "Vendite",
            "Festa della donna",
            "Giulia",
            "Foto di Marco",
            &post.id.to_string(),
        ]
    );
}

#[test]
fn english_full_csv_has_commas_and_iso_dates_without_bom() {
    let mut unplaced = full_item();
    unplaced.start = None;
    let csv = to_full_csv(&[full_item(), unplaced], Language::English);
    assert!(csv.starts_with(
        "Channel,Title,Caption,Date,Time,Status,Pillar,Objective,Occasion,Owner,Notes,ID\r\n"
    ));
    let rows = records(&csv, b',');
    assert_eq!(rows[1][3..5], ["2025-03-15", "18:30"]);
    assert_eq!(
        rows[2][3..5],
        ["", ""],
        "an unplaced item is still exported"
    );
}

const TRICKY: [&str; 5] = [
    "Caffè; cornetto, 2 €",
    "Lui disse \"ciao\"\ne se ne andò",
    "riga 1\r\nriga 2; \"virgolette\", fine",
    "semplice",
    "🎉 città à è ì ò ù, € ; \\ fine",
];

fn round_trip(language: Language) {
    let items: Vec<ExportItem> = TRICKY
        .iter()
        .enumerate()
        .map(|(i, caption)| {
            let mut post = full_item();
            post.title = format!("Post {i}: perché; sì, \"no\"");
            post.caption = (*caption).to_owned();
            post.notes = format!("nota {i}\nsu due righe; con, tutto");
            post.channel = [
                "instagram",
                "facebook",
                "linkedin",
                "x",
                "custom:Radio Bruno",
            ][i]
                .to_owned();
            post.status = ItemStatus::ALL[i];
            post.pillar = (i % 2 == 0).then(|| "Dietro le quinte".to_owned());
            post.start = Some(at(
                2025,
                1 + i as u32,
                9 + i as u32,
                8 + i as u32,
                5 * i as u32,
            ));
            post
        })
        .collect();
    let csv = to_full_csv(&items, language);
    let preview = parse_import(csv.as_bytes(), &known());
    assert_eq!(preview.errors, []);
    assert_eq!(preview.encoding, "UTF-8");
    let expected_delimiter = if language == Language::Italian {
        ";"
    } else {
        ","
    };
    assert_eq!(preview.delimiter, expected_delimiter);
    assert_eq!(preview.items.len(), items.len());
    for (read, written) in preview.items.iter().zip(&items) {
        let start = written.start.expect("placed");
        assert_eq!(read.channel, written.channel);
        assert_eq!(read.title, written.title);
        assert_eq!(read.caption, written.caption);
        assert_eq!(read.date, start.date());
        assert_eq!(read.time, Some(start.time()));
        assert_eq!(read.status, Some(written.status));
        assert_eq!(read.pillar, written.pillar);
        assert_eq!(read.notes, written.notes);
    }
}

#[test]
fn full_csv_round_trips_in_italian() {
    round_trip(Language::Italian);
}

#[test]
fn full_csv_round_trips_in_english() {
    round_trip(Language::English);
}

// --- import: files as people send them ---

#[test]
fn italian_excel_file_with_bom_and_semicolons() {
    let bytes = b"\xEF\xBB\xBFCanale;Titolo;Testo;Data;Ora;Stato;Pilastro\r\n\
Instagram;Saldi;\"Sconti del 20%; solo oggi\";15/03/2025;18.30;Approvato;Promozioni\r\n\
Facebook;Evento;Ci vediamo l\xC3\xAC;1/4/2025;9:05;;\r\n\
;;;;;;\r\n";
    let preview = parse_import(bytes, &known());
    assert_eq!(preview.errors, []);
    assert_eq!(
        (preview.delimiter.as_str(), preview.encoding.as_str()),
        (";", "UTF-8")
    );
    assert_eq!(
        preview.items,
        [
            ImportedItem {
                line: 2,
                channel: "instagram".into(),
                title: "Saldi".into(),
                caption: "Sconti del 20%; solo oggi".into(),
                date: date(2025, 3, 15),
                time: time(18, 30),
                status: Some(ItemStatus::Approved),
                pillar: Some("Promozioni".into()),
                notes: String::new(),
            },
            ImportedItem {
                line: 3,
                channel: "facebook".into(),
                title: "Evento".into(),
                caption: "Ci vediamo lì".into(),
                date: date(2025, 4, 1),
                time: time(9, 5),
                status: None,
                pillar: None,
                notes: String::new(),
            },
        ]
    );
}

#[test]
fn windows_1252_file_is_decoded() {
    let bytes = b"Canale;Titolo;Testo;Data\r\nInstagram;Perch\xE9 s\xEC;Caff\xE8 a 2\x80, \x93ok\x94;15/03/2025\r\n";
    let preview = parse_import(bytes, &known());
    assert_eq!(preview.errors, []);
    assert_eq!(preview.encoding, "Windows-1252");
    assert_eq!(preview.items[0].title, "Perché sì");
    assert_eq!(preview.items[0].caption, "Caffè a 2€, “ok”");
}

#[test]
fn mostly_utf8_with_one_bad_byte_is_read_as_windows_1252_whole() {
    let bytes = b"Canale;Titolo;Data\r\nInstagram;Perch\xC3\xA9;15/03/2025\r\nFacebook;Caff\xE8;16/03/2025\r\n";
    let preview = parse_import(bytes, &known());
    assert_eq!(preview.errors, []);
    assert_eq!(preview.encoding, "Windows-1252");
    assert_eq!(preview.items[0].title, "PerchÃ©");
    assert_eq!(preview.items[1].title, "Caffè");
}

#[test]
fn english_and_buffer_style_headers_are_understood_in_any_case() {
    let preview = import(
        "CHANNEL,text,Posting Time,STATUS\n\
         LinkedIn,Hello,2025-03-15 18:30,Scheduled\n\
         linkedin,Again,15/03/2025 9.15,published\n",
    );
    assert_eq!(preview.errors, []);
    assert_eq!(preview.delimiter, ",");
    let read: Vec<_> = preview
        .items
        .iter()
        .map(|i| {
            (
                i.caption.as_str(),
                i.title.as_str(),
                i.date,
                i.time,
                i.status,
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            (
                "Hello",
                "",
                date(2025, 3, 15),
                time(18, 30),
                Some(ItemStatus::Scheduled)
            ),
            (
                "Again",
                "",
                date(2025, 3, 15),
                time(9, 15),
                Some(ItemStatus::Published)
            ),
        ]
    );
}

#[test]
fn data_e_ora_column_and_excel_seconds() {
    let preview =
        import("Canale;Titolo;Data e ora\r\nX;Uno;01/02/2026 07:45:00\r\nX;Due;2026-02-02\r\n");
    assert_eq!(preview.errors, []);
    assert_eq!(preview.items[0].time, time(7, 45));
    assert_eq!(
        (preview.items[1].date, preview.items[1].time),
        (date(2026, 2, 2), None)
    );
}

#[test]
fn excel_sep_line_names_the_delimiter() {
    let preview = import("sep=,\r\nCanale,Titolo,Data\r\nInstagram,Ciao,15/03/2025\r\n");
    assert_eq!(preview.errors, []);
    assert_eq!(preview.delimiter, ",");
    assert_eq!(preview.items[0].line, 3);
}

#[test]
fn blank_trailing_lines_are_ignored() {
    let preview = import("Canale;Titolo;Data\r\nInstagram;Ciao;15/03/2025\r\n\r\n");
    assert_eq!(preview.errors, []);
    assert_eq!(preview.items.len(), 1);
    let preview = import("Canale;Titolo;Data\nInstagram;Ciao;15/03/2025\n;;\n  ; ;\n");
    assert_eq!(preview.errors, []);
    assert_eq!(preview.items.len(), 1);
}

// --- import: headers ---

#[test]
fn wrong_headers_give_one_file_error_and_nothing_else() {
    let preview = import(
        "Nome;Cognome;Email\r\nMario;Rossi;mario@example.com\r\nInstagram;Ciao;15/03/2025\r\n",
    );
    assert!(preview.items.is_empty());
    assert_eq!(preview.errors.len(), 1);
    let error = &preview.errors[0];
    assert_eq!((error.line, error.code), (0, ErrorCode::MissingColumns));
    assert!(
        error.message.contains("Canale/Channel"),
        "{}",
        error.message
    );
}

#[test]
fn a_missing_date_column_is_a_file_error() {
    let preview = import("Canale;Titolo;Testo\r\nInstagram;Ciao;Testo\r\n");
    assert!(preview.items.is_empty());
    assert_eq!(preview.errors.len(), 1);
    assert_eq!(preview.errors[0].line, 0);
    assert!(preview.errors[0].message.contains("Data/Date"));
}

#[test]
fn an_empty_file_is_a_file_error() {
    for bytes in [&b""[..], b"\xEF\xBB\xBF", b"\r\n\r\n"] {
        let preview = parse_import(bytes, &known());
        assert!(preview.items.is_empty());
        assert_eq!(preview.errors.len(), 1);
        assert_eq!(preview.errors[0].line, 0);
    }
}

// --- import: rows ---

#[test]
fn one_bad_row_among_good_ones() {
    let preview = import(
        "Canale;Titolo;Data\r\n\
         Instagram;Uno;15/03/2025\r\n\
         Snapchat;Due;16/03/2025\r\n\
         Facebook;Tre;17/03/2025\r\n",
    );
    assert_eq!(
        preview
            .items
            .iter()
            .map(|i| (i.line, i.title.as_str()))
            .collect::<Vec<_>>(),
        [(2, "Uno"), (4, "Tre")]
    );
    assert_eq!(preview.errors.len(), 1);
    let error = &preview.errors[0];
    assert_eq!(
        (
            error.line,
            error.column.as_str(),
            error.value.as_str(),
            error.code
        ),
        (3, "Canale", "Snapchat", ErrorCode::InvalidChoice)
    );
    assert!(error.message.contains("Unknown channel"));
}

#[test]
fn lines_are_physical_lines_when_a_cell_spans_several() {
    let preview = import(
        "Canale;Titolo;Testo;Data\r\n\
         Instagram;Uno;\"riga 1\r\nriga 2\r\nriga 3\";15/03/2025\r\n\
         Instagram;Due;x;31/02/2025\r\n",
    );
    assert_eq!(preview.items[0].line, 2);
    assert_eq!(preview.errors[0].line, 5);
}

fn single_error(csv: &str) -> RowError {
    let preview = import(csv);
    assert!(preview.items.is_empty(), "{csv:?}: {:?}", preview.items);
    assert_eq!(preview.errors.len(), 1, "{csv:?}: {:?}", preview.errors);
    preview.errors.into_iter().next().expect("one error")
}

#[test]
fn each_row_problem_names_line_column_value_and_code() {
    let header = "Canale;Titolo;Testo;Data;Ora;Stato\r\n";
    let cases = [
        (
            "Instagram;T;;31/02/2025;;",
            "Data",
            "31/02/2025",
            ErrorCode::InvalidDate,
        ),
        (
            "Instagram;T;;15-03-25;;",
            "Data",
            "15-03-25",
            ErrorCode::InvalidDate,
        ),
        (
            "Instagram;T;;domani;;",
            "Data",
            "domani",
            ErrorCode::InvalidDate,
        ),
        ("Instagram;T;;;;", "Data", "", ErrorCode::Required),
        (
            "Instagram;T;;31/12/1999;;",
            "Data",
            "31/12/1999",
            ErrorCode::InvalidDate,
        ),
        (
            "Instagram;T;;2101-01-01;;",
            "Data",
            "2101-01-01",
            ErrorCode::InvalidDate,
        ),
        (
            "Instagram;T;;15/03/2025;25:00;",
            "Ora",
            "25:00",
            ErrorCode::InvalidTime,
        ),
        (
            "Instagram;T;;15/03/2025;18;",
            "Ora",
            "18",
            ErrorCode::InvalidTime,
        ),
        (
            "Instagram;T;;15/03/2025;;boh",
            "Stato",
            "boh",
            ErrorCode::InvalidChoice,
        ),
        (
            "Instagram; ;  ;15/03/2025;;",
            "Titolo",
            "",
            ErrorCode::Required,
        ),
        (
            "Orkut;T;;15/03/2025;;",
            "Canale",
            "Orkut",
            ErrorCode::InvalidChoice,
        ),
        (";T;;15/03/2025;;", "Canale", "", ErrorCode::Required),
    ];
    for (row, column, value, code) in cases {
        let error = single_error(&format!("{header}{row}\r\n"));
        assert_eq!(
            (
                error.line,
                error.column.as_str(),
                error.value.as_str(),
                error.code
            ),
            (2, column, value, code),
            "{row}"
        );
        assert!(!error.message.is_empty());
    }
}

#[test]
fn a_row_reports_all_its_problems() {
    let preview = import("Canale;Titolo;Data;Ora;Stato\r\nOrkut;;ieri;alle 5;forse\r\n");
    let columns: Vec<_> = preview.errors.iter().map(|e| e.column.as_str()).collect();
    assert_eq!(columns, ["Canale", "Titolo", "Data", "Ora", "Stato"]);
    assert!(preview.errors.iter().all(|e| e.line == 2));
}

#[test]
fn dates_and_times_in_the_accepted_forms() {
    let cases = [
        ("15/03/2025", "18:30", date(2025, 3, 15), time(18, 30)),
        ("5/3/2025", "9.05", date(2025, 3, 5), time(9, 5)),
        ("2025-03-05", "09:05", date(2025, 3, 5), time(9, 5)),
        ("05.03.2025", "", date(2025, 3, 5), None),
        ("2000-01-01", "0:00", date(2000, 1, 1), time(0, 0)),
        ("31/12/2100", "23:59", date(2100, 12, 31), time(23, 59)),
    ];
    for (d, t, expected_date, expected_time) in cases {
        let preview = import(&format!(
            "Canale;Titolo;Data;Ora\r\nInstagram;T;{d};{t}\r\n"
        ));
        assert_eq!(preview.errors, [], "{d} {t}");
        assert_eq!(
            (preview.items[0].date, preview.items[0].time),
            (expected_date, expected_time)
        );
    }
}

#[test]
fn statuses_by_key_or_label() {
    let cases = [
        ("idea", ItemStatus::Idea),
        ("Idee", ItemStatus::Idea),
        ("Bozza", ItemStatus::Draft),
        ("draft", ItemStatus::Draft),
        ("in_review", ItemStatus::InReview),
        ("In revisione", ItemStatus::InReview),
        ("In review", ItemStatus::InReview),
        ("Da approvare", ItemStatus::InReview),
        ("changes_requested", ItemStatus::ChangesRequested),
        ("Modifiche richieste", ItemStatus::ChangesRequested),
        ("APPROVATO", ItemStatus::Approved),
        ("Approvata", ItemStatus::Approved),
        ("Programmato", ItemStatus::Scheduled),
        ("scheduled", ItemStatus::Scheduled),
        ("Pubblicato", ItemStatus::Published),
        ("Published", ItemStatus::Published),
        ("Annullato", ItemStatus::Cancelled),
        ("cancelled", ItemStatus::Cancelled),
        ("Canceled", ItemStatus::Cancelled),
    ];
    for (label, status) in cases {
        let preview = import(&format!(
            "Canale;Titolo;Data;Stato\r\nInstagram;T;15/03/2025;{label}\r\n"
        ));
        assert_eq!(preview.errors, [], "{label}");
        assert_eq!(preview.items[0].status, Some(status), "{label}");
    }
}

#[test]
fn channels_by_key_or_common_name() {
    let cases = [
        ("instagram", "instagram"),
        ("Instagram", "instagram"),
        ("FACEBOOK", "facebook"),
        ("LinkedIn", "linkedin"),
        ("TikTok", "tiktok"),
        ("Tik Tok", "tiktok"),
        ("X", "x"),
        ("Twitter", "x"),
        ("X (Twitter)", "x"),
        ("Google Business Profile", "google_business"),
        ("google_business", "google_business"),
        ("Profilo dell'attività su Google", "google_business"),
        ("YouTube", "youtube"),
        ("radio bruno", "custom:Radio Bruno"),
        ("custom:Radio Bruno", "custom:Radio Bruno"),
    ];
    for (name, key) in cases {
        let preview = import(&format!("Canale;Titolo;Data\r\n{name};T;15/03/2025\r\n"));
        assert_eq!(preview.errors, [], "{name}");
        assert_eq!(preview.items[0].channel, key, "{name}");
    }
}

#[test]
fn a_catalog_channel_the_client_does_not_use_is_unknown() {
    let only_instagram = vec!["instagram".to_owned()];
    let preview = parse_import(
        b"Canale;Titolo;Data\r\nTwitter;T;15/03/2025\r\n",
        &only_instagram,
    );
    assert!(preview.items.is_empty());
    assert_eq!(preview.errors[0].code, ErrorCode::InvalidChoice);
    assert_eq!(preview.errors[0].value, "Twitter");
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let preview = parse_import(&bytes, &known());
        prop_assert!(preview.delimiter == ";" || preview.delimiter == ",");
    }

    #[test]
    fn arbitrary_rows_under_a_good_header_never_panic(
        body in "[A-Za-z0-9 ;,\"\r\n/:.\\-èé€\u{feff}]{0,300}",
        bytes in proptest::collection::vec(any::<u8>(), 0..64),
    ) {
        let mut file = b"Canale;Titolo;Testo;Data;Ora;Stato;Pilastro;Note\r\n".to_vec();
        file.extend_from_slice(body.as_bytes());
        file.extend_from_slice(&bytes);
        let preview = parse_import(&file, &known());
        for error in &preview.errors {
            prop_assert!(error.line >= 2 || error.line == 0);
        }
    }
}

#[test]
fn formulas_are_written_as_text_and_read_back_as_typed() {
    let mut item = item("Titolo", "Testo");
    item.caption = "=HYPERLINK(\"https://evil.example\")".into();
    item.title = "- sconto del 10%".into();
    let csv = to_full_csv(std::slice::from_ref(&item), Language::Italian);
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
    assert!(csv.contains("'- sconto"), "{csv}");
    let preview = parse_import(csv.as_bytes(), &["instagram".to_owned()]);
    assert!(preview.errors.is_empty(), "{:?}", preview.errors);
    assert_eq!(preview.items[0].caption, item.caption);
    assert_eq!(preview.items[0].title, item.title);
    // Buffer reads the file itself: its text stays as written.
    assert!(to_buffer_csv(&[item]).contains("\"=HYPERLINK"));
}

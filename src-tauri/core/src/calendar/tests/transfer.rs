//! Files out and in, through the database: what is exported reads back the
//! same; an import with one bad row writes nothing.

use chrono::Utc;

use super::super::csv_io;
use super::super::transfer;
use super::{input, month};
use crate::calendar::ItemStatus;
use crate::calendar::items;
use crate::enums::{Language, Side};
use crate::error::ErrorCode;
use crate::strategy::{self, PillarInput};
use crate::testing::{Fixture, add_client, fixture};

#[test]
fn an_exported_calendar_imports_into_another_client_as_it_was() {
    let f = fixture(Side::Agency);
    strategy::save_pillar(
        &f.store,
        f.client,
        &PillarInput {
            id: None,
            name: "Prodotti".into(),
            description: String::new(),
            share: 100,
        },
        Utc::now(),
    )
    .unwrap();
    let pillar = strategy::load(&f.store, f.client).unwrap().document.pillars[0].id;
    let mut post = input(
        &["instagram", "facebook"],
        "Torta; con \"panna\"",
        "15/12/2026",
        "18:30",
    );
    post.caption = "Riga uno,\nriga due è più lunga €".into();
    post.pillar_id = Some(pillar);
    items::create(&f.store, f.client, &post, Utc::now()).unwrap();
    items::create(
        &f.store,
        f.client,
        &input(&["instagram"], "Ferragosto", "15/08/2026", "10:00"),
        Utc::now(),
    )
    .unwrap();

    let exported = transfer::export_items(&f.store, f.client, None, None, None).unwrap();
    assert_eq!(exported.len(), 3);
    assert_eq!(exported[0].title, "Ferragosto", "time order");
    let instagram =
        transfer::export_items(&f.store, f.client, Some("instagram"), None, None).unwrap();
    assert_eq!(instagram.len(), 2);
    let december = transfer::export_items(
        &f.store,
        f.client,
        None,
        Some(super::day(2026, 12, 1)),
        Some(super::day(2026, 12, 31)),
    )
    .unwrap();
    assert_eq!(december.len(), 2);

    let other = add_client(&f.store, "Forno Bianchi");
    strategy::save_pillar(
        &f.store,
        other,
        &PillarInput {
            id: None,
            name: "prodotti".into(),
            description: String::new(),
            share: 100,
        },
        Utc::now(),
    )
    .unwrap();
    for language in [Language::Italian, Language::English] {
        let file = csv_io::to_full_csv(&exported, language);
        let preview = transfer::preview(&f.store, other, file.as_bytes()).unwrap();
        assert!(preview.errors.is_empty(), "{:?}", preview.errors);
        assert_eq!(preview.items.len(), 3);
    }
    let mut calls = Vec::new();
    let file = csv_io::to_full_csv(&exported, Language::Italian);
    let written = transfer::apply(
        &f.store,
        other,
        file.as_bytes(),
        Utc::now(),
        &mut |done, total| calls.push((done, total)),
    )
    .unwrap();
    assert_eq!(written, 3);
    assert_eq!(calls.last(), Some(&(3, 3)));
    let copied = transfer::export_items(&f.store, other, None, None, None).unwrap();
    let shape = |v: &[crate::calendar::exchange::ExportItem]| {
        v.iter()
            .map(|i| {
                (
                    i.channel.clone(),
                    i.title.clone(),
                    i.caption.clone(),
                    i.start,
                    i.status,
                    i.pillar.as_ref().map(|p| p.to_lowercase()),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(shape(&copied), shape(&exported));
}

#[test]
fn an_import_with_a_bad_row_writes_nothing_and_names_the_row() {
    let f = fixture(Side::Agency);
    let file = "Canale;Titolo;Testo;Data;Ora;Stato;Pilastro\r\n\
                Instagram;Buon Natale;Auguri!;24/12/2026;09:00;bozza;\r\n\
                Instagram;Primavera;Fiori;29/03/2026;02:30;;\r\n\
                Orkut;Vecchio;;25/12/2026;;;\r\n\
                Facebook;Saldi;;02/01/2027;;;Nessuno\r\n";
    let preview = transfer::preview(&f.store, f.client, file.as_bytes()).unwrap();
    assert_eq!(preview.items.len(), 1);
    let errors: Vec<_> = preview.errors.iter().map(|e| (e.line, e.code)).collect();
    assert_eq!(
        errors,
        [
            (3, ErrorCode::NonexistentTime),
            (4, ErrorCode::InvalidChoice),
            (5, ErrorCode::InvalidChoice)
        ]
    );
    refused_whole(&f, file);

    let good = "Canale;Titolo;Testo;Data;Ora;Stato\r\nInstagram;Buon Natale;Auguri!;24/12/2026;09:00;bozza\r\n";
    assert_eq!(
        transfer::apply(
            &f.store,
            f.client,
            good.as_bytes(),
            Utc::now(),
            &mut |_, _| {}
        )
        .unwrap(),
        1
    );
    let december = month(&f, 2026, 12);
    assert_eq!(
        (december[0].title.as_str(), december[0].status),
        ("Buon Natale", ItemStatus::Draft)
    );
}

#[test]
fn a_row_the_item_rules_refuse_is_shown_in_the_preview_not_found_on_apply() {
    // The preview was clean for these rows and apply then refused them.
    let f = fixture(Side::Agency);
    let file = format!(
        "Canale;Titolo;Testo;Data\r\n\
         Instagram;{};;24/12/2026\r\n\
         Instagram;;\"{}fine\";25/12/2026\r\n\
         Instagram;Buon Natale;;26/12/2026\r\n",
        "a".repeat(201),
        " ".repeat(60),
    );
    let preview = transfer::preview(&f.store, f.client, file.as_bytes()).unwrap();
    let errors: Vec<_> = preview.errors.iter().map(|e| (e.line, e.code)).collect();
    assert_eq!(
        errors,
        [(2, ErrorCode::TooLong), (3, ErrorCode::Required)],
        "a title too long; a caption whose first 60 characters, the title, are blank"
    );
    assert_eq!(preview.items.len(), 1);
    refused_whole(&f, &file);
}

#[test]
fn files_are_written_and_read_only_as_calendar_files() {
    let f = fixture(Side::Agency);
    items::create(
        &f.store,
        f.client,
        &input(&["instagram"], "Natale", "24/12/2026", "09:00"),
        Utc::now(),
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let ics = dir.path().join("forno.ics");
    let mut seen = Vec::new();
    let n = transfer::export_file(
        &f.store,
        f.client,
        &transfer::ExportFormat::Ics,
        &ics,
        Utc::now(),
        &mut |d, t| seen.push((d, t)),
    )
    .unwrap();
    assert_eq!((n, seen.last().copied()), (1, Some((1, 1))));
    assert!(
        std::fs::read_to_string(&ics)
            .unwrap()
            .starts_with("BEGIN:VCALENDAR\r\n")
    );
    // Only calendar files: a page cannot aim the export at anything else.
    let bashrc = dir.path().join(".bashrc");
    let e = transfer::export_file(
        &f.store,
        f.client,
        &transfer::ExportFormat::Full,
        &bashrc,
        Utc::now(),
        &mut |_, _| {},
    )
    .unwrap_err();
    assert_eq!(
        (e.field(), e.code()),
        (Some("path"), ErrorCode::NotACalendarFile)
    );
    assert!(!bashrc.exists());
    let csv_as_ics = dir.path().join("forno.ics");
    assert!(
        transfer::export_file(
            &f.store,
            f.client,
            &transfer::ExportFormat::Full,
            &csv_as_ics,
            Utc::now(),
            &mut |_, _| {}
        )
        .is_err()
    );
    assert_eq!(
        transfer::read_file(&ics).unwrap_err().code(),
        ErrorCode::NotACalendarFile
    );
    let csv = dir.path().join("forno.CSV");
    transfer::export_file(
        &f.store,
        f.client,
        &transfer::ExportFormat::Full,
        &csv,
        Utc::now(),
        &mut |_, _| {},
    )
    .unwrap();
    assert!(!transfer::read_file(&csv).unwrap().is_empty());
}

/// Applying `file` is refused for its row errors, and nothing is written.
fn refused_whole(f: &Fixture, file: &str) {
    let e = transfer::apply(
        &f.store,
        f.client,
        file.as_bytes(),
        Utc::now(),
        &mut |_, _| {},
    )
    .unwrap_err();
    assert_eq!(e.code(), ErrorCode::ImportHasErrors);
    assert!(month(f, 2026, 12).is_empty(), "nothing was written");
}

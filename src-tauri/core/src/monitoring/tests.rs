use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use super::*;
use crate::calendar::ItemStatus;
use crate::enums::Side;
use crate::error::ErrorKind;
use crate::testing::{Plan, plan};

/// 24 November 2026, 10:00 UTC: November is the current month, October the
/// last complete one.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 10, 0, 0).unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn record(
    p: &Plan,
    channel: &str,
    metric: &str,
    period: Period,
    on: &str,
    value: &str,
) -> Monitoring {
    save_measurement(
        &p.f.store,
        p.f.client,
        &MeasurementInput {
            channel: channel.into(),
            metric: metric.into(),
            period,
            day: on.into(),
            value: value.into(),
            replace: false,
        },
        now(),
    )
    .unwrap()
}

mod kpis {
    use super::*;

    #[test]
    fn status_at_the_boundaries_of_the_rule() {
        use KpiDirection::{Down, Up};
        use KpiStatus::{AtRisk, OffTrack, OnTrack};
        let cases = [
            // value, planned, direction, status
            (10.0, 10.0, Up, OnTrack),
            (10.5, 10.0, Up, OnTrack),
            (9.999, 10.0, Up, AtRisk),
            (8.0, 10.0, Up, AtRisk),
            (7.999, 10.0, Up, OffTrack),
            (0.0, 10.0, Up, OffTrack),
            (0.0, 0.0, Up, OnTrack),
            // Fewer is better: 10 planned, 12.5 is 80 %.
            (10.0, 10.0, Down, OnTrack),
            (10.001, 10.0, Down, AtRisk),
            (12.5, 10.0, Down, AtRisk),
            (12.6, 10.0, Down, OffTrack),
            (0.0, 10.0, Down, OnTrack),
        ];
        for (value, planned, direction, expected) in cases {
            assert_eq!(
                kpi::status(value, planned, direction).1,
                expected,
                "{value} against {planned} ({direction:?})"
            );
        }
        assert_eq!(kpi::AT_RISK_FLOOR, 0.8);
    }

    #[test]
    fn a_kpi_reads_the_last_complete_month_against_the_line_from_baseline_to_target() {
        let p = plan(Side::Agency);
        let m = get(&p.f.store, p.f.client, now()).unwrap();
        let kpi = &m.kpis[0];
        assert_eq!(kpi.status, KpiStatus::NoData);
        assert_eq!(kpi.series.first().unwrap().starts_on, day(2026, 8, 1));
        // The current month is in the series, not used for the status.
        assert_eq!(kpi.series.last().unwrap().starts_on, day(2026, 11, 1));

        // October: the line from 2 (1 August) to 10 (31 January) is at
        // 2 + 8 × 91/183 on 31 October.
        let planned = 2.0 + 8.0 * 91.0 / 183.0;
        for (value, expected) in [
            ("6", KpiStatus::OnTrack),
            ("5", KpiStatus::AtRisk),
            ("4", KpiStatus::OffTrack),
        ] {
            save_measurement(
                &p.f.store,
                p.f.client,
                &MeasurementInput {
                    channel: "facebook".into(),
                    metric: "leads".into(),
                    period: Period::Month,
                    day: "15/10/2026".into(),
                    value: value.into(),
                    replace: true,
                },
                now(),
            )
            .unwrap();
            let m = get(&p.f.store, p.f.client, now()).unwrap();
            let kpi = &m.kpis[0];
            let latest = kpi.latest.as_ref().unwrap();
            assert_eq!(latest.starts_on, day(2026, 10, 1));
            assert!(
                (latest.planned - planned).abs() < 1e-9,
                "{}",
                latest.planned
            );
            assert_eq!(kpi.status, expected, "{value}");
        }
        // A value in the running month does not change the status.
        let m = record(&p, "facebook", "leads", Period::Month, "2026-11-02", "0");
        assert_eq!(m.kpis[0].status, KpiStatus::OffTrack);
        assert_eq!(
            m.kpis[0].latest.as_ref().unwrap().starts_on,
            day(2026, 10, 1)
        );
    }

    #[test]
    fn weeks_fill_a_month_without_its_own_value_and_other_channels_do_not_count() {
        let p = plan(Side::Agency);
        record(&p, "facebook", "leads", Period::Week, "05/10/2026", "3");
        record(&p, "facebook", "leads", Period::Week, "12/10/2026", "4");
        record(&p, "instagram", "leads", Period::Month, "01/10/2026", "50");
        let m = get(&p.f.store, p.f.client, now()).unwrap();
        let october = m.kpis[0]
            .series
            .iter()
            .find(|pt| pt.starts_on == day(2026, 10, 1))
            .unwrap();
        assert_eq!(october.value, Some(7.0));
        // A monthly value wins over the weeks.
        let m = record(&p, "facebook", "leads", Period::Month, "01/10/2026", "9");
        let october = m.kpis[0]
            .series
            .iter()
            .find(|pt| pt.starts_on == day(2026, 10, 1))
            .unwrap();
        assert_eq!(october.value, Some(9.0));
    }

    #[test]
    fn levels_keep_the_latest_week_instead_of_adding_up() {
        let values = [
            Measurement {
                id: crate::ids::MeasurementId::new(),
                channel: "instagram".into(),
                metric: "followers".into(),
                period: Period::Week,
                starts_on: day(2026, 10, 5),
                value: 900.0,
            },
            Measurement {
                id: crate::ids::MeasurementId::new(),
                channel: "instagram".into(),
                metric: "followers".into(),
                period: Period::Week,
                starts_on: day(2026, 10, 26),
                value: 950.0,
            },
        ];
        let refs: Vec<&Measurement> = values.iter().collect();
        let last = kpi::by_span(&refs, Aggregation::Last, kpi::Span::Month);
        assert_eq!(last.get(&day(2026, 10, 1)), Some(&950.0));
        let sum = kpi::by_span(&refs, Aggregation::Sum, kpi::Span::Month);
        assert_eq!(sum.get(&day(2026, 10, 1)), Some(&1850.0));
    }
}

mod values {
    use super::*;

    #[test]
    fn italian_numbers_and_dates_any_day_of_the_period() {
        let p = plan(Side::Agency);
        let m = record(&p, "", "visits", Period::Month, "17/10/2026", "1.234,5");
        let v = &m.measurements[0];
        assert_eq!(
            (v.value, v.starts_on, v.channel.as_str()),
            (1234.5, day(2026, 10, 1), "")
        );
        let m = record(
            &p,
            "facebook",
            "reach",
            Period::Week,
            "2026-10-15",
            "12.500",
        );
        let week = m.measurements.iter().find(|v| v.metric == "reach").unwrap();
        assert_eq!((week.value, week.starts_on), (12500.0, day(2026, 10, 12)));
    }

    #[test]
    fn bad_values_are_refused_next_to_their_field_and_nothing_changes() {
        let p = plan(Side::Agency);
        record(&p, "facebook", "leads", Period::Month, "01/10/2026", "3");
        let cases = [
            (
                "facebook",
                "leads",
                "01/10/2026",
                "-2",
                "value",
                ErrorCode::Negative,
            ),
            (
                "facebook",
                "leads",
                "01/10/2026",
                "tre",
                "value",
                ErrorCode::InvalidNumber,
            ),
            (
                "facebook",
                "leads",
                "31/02/2026",
                "3",
                "day",
                ErrorCode::InvalidDate,
            ),
            (
                "tiktok",
                "leads",
                "01/10/2026",
                "3",
                "channel",
                ErrorCode::InvalidChoice,
            ),
            (
                "facebook",
                "likes",
                "01/10/2026",
                "3",
                "metric",
                ErrorCode::InvalidChoice,
            ),
        ];
        for (channel, metric, on, value, field, code) in cases {
            let e = save_measurement(
                &p.f.store,
                p.f.client,
                &MeasurementInput {
                    channel: channel.into(),
                    metric: metric.into(),
                    period: Period::Month,
                    day: on.into(),
                    value: value.into(),
                    replace: true,
                },
                now(),
            )
            .unwrap_err();
            assert_eq!((e.field(), e.code()), (Some(field), code), "{value} {on}");
        }
        let m = get(&p.f.store, p.f.client, now()).unwrap();
        assert_eq!(m.measurements.len(), 1);
        assert_eq!(m.measurements[0].value, 3.0);
    }

    #[test]
    fn a_second_value_for_the_same_place_needs_the_users_say_so() {
        let p = plan(Side::Agency);
        record(&p, "facebook", "leads", Period::Month, "01/10/2026", "3");
        let mut input = MeasurementInput {
            channel: "facebook".into(),
            metric: "leads".into(),
            period: Period::Month,
            day: "20/10/2026".into(),
            value: "5".into(),
            replace: false,
        };
        let e = save_measurement(&p.f.store, p.f.client, &input, now()).unwrap_err();
        assert_eq!(
            (e.kind(), e.code()),
            (ErrorKind::Conflict, ErrorCode::DuplicateMeasurement)
        );
        assert_eq!(e.params().get("existing").map(String::as_str), Some("3"));
        // The same value again is no duplicate.
        input.value = "3".into();
        save_measurement(&p.f.store, p.f.client, &input, now()).unwrap();
        input.value = "5".into();
        input.replace = true;
        let m = save_measurement(&p.f.store, p.f.client, &input, now()).unwrap();
        assert_eq!(m.measurements.len(), 1);
        assert_eq!(m.measurements[0].value, 5.0);
        // Empty removes it.
        input.value = " ".into();
        let m = save_measurement(&p.f.store, p.f.client, &input, now()).unwrap();
        assert!(m.measurements.is_empty());
    }

    #[test]
    fn custom_metrics_have_a_family_a_unique_name_and_stay_while_used() {
        let p = plan(Side::Agency);
        let m = save_metric(
            &p.f.store,
            p.f.client,
            &MetricInput {
                id: None,
                name: "Prenotazioni tavoli".into(),
                family: Family::Contacts,
            },
            now(),
        )
        .unwrap();
        let custom = m.metrics.iter().find(|d| d.id.is_some()).unwrap().clone();
        assert_eq!(custom.key, "custom:prenotazioni tavoli");
        for name in ["prenotazioni  TAVOLI", "leads"] {
            let e = save_metric(
                &p.f.store,
                p.f.client,
                &MetricInput {
                    id: None,
                    name: name.into(),
                    family: Family::Visits,
                },
                now(),
            )
            .unwrap_err();
            assert_eq!(
                (e.field(), e.code()),
                (Some("name"), ErrorCode::DuplicateName),
                "{name}"
            );
        }
        // A value typed against the metric's name lands on its key.
        let m = record(
            &p,
            "facebook",
            "Prenotazioni tavoli",
            Period::Month,
            "01/10/2026",
            "4",
        );
        assert_eq!(m.measurements[0].metric, custom.key);
        let id = custom.id.unwrap();
        let e = delete_metric(&p.f.store, p.f.client, id, now()).unwrap_err();
        assert_eq!(e.code(), ErrorCode::MetricInUse);
        // Renaming carries the values along.
        let m = save_metric(
            &p.f.store,
            p.f.client,
            &MetricInput {
                id: Some(id),
                name: "Tavoli prenotati".into(),
                family: Family::Contacts,
            },
            now(),
        )
        .unwrap();
        assert_eq!(m.measurements[0].metric, "custom:tavoli prenotati");
        record(
            &p,
            "facebook",
            "Tavoli prenotati",
            Period::Month,
            "01/10/2026",
            "",
        );
        delete_metric(&p.f.store, p.f.client, id, now()).unwrap();
    }
}

mod effort_rule {
    use super::*;

    fn facebook_ads(m: &Monitoring) -> ActivityEffort {
        let fb = m
            .effort
            .channels
            .iter()
            .find(|c| c.key == "facebook")
            .unwrap();
        fb.activities
            .iter()
            .find(|a| a.key == "advertising")
            .unwrap()
            .clone()
    }

    #[test]
    fn the_quiet_run_counts_back_from_the_newest_month() {
        assert_eq!(effort::quiet_run([true, true, true].into_iter()), 3);
        assert_eq!(effort::quiet_run([true, false, true, true].into_iter()), 2);
        assert_eq!(effort::quiet_run([true, true, false].into_iter()), 0);
        assert_eq!(effort::quiet_run(std::iter::empty()), 0);
    }

    #[test]
    fn an_activity_with_effort_and_no_result_for_n_measured_months_is_flagged() {
        let p = plan(Side::Agency);
        // August to October measured (reach), no contact: three quiet months.
        for month in ["01/08/2026", "01/09/2026", "01/10/2026"] {
            record(&p, "facebook", "reach", Period::Month, month, "1.500");
        }
        p.item(
            "facebook",
            Some(p.advertising),
            "12/10/2026",
            ItemStatus::Published,
        );
        let m = get(&p.f.store, p.f.client, now()).unwrap();
        let ads = facebook_ads(&m);
        assert_eq!((ads.quiet_months, ads.flagged, ads.hours), (3, true, 8.0));
        let oct = m
            .effort
            .months
            .iter()
            .position(|d| *d == day(2026, 10, 1))
            .unwrap();
        assert_eq!(ads.published[oct], 1);
        assert_eq!(m.effort.months.last(), Some(&day(2026, 11, 1)));
        // Instagram was never measured: nothing to flag there.
        let ig = m
            .effort
            .channels
            .iter()
            .find(|c| c.key == "instagram")
            .unwrap();
        assert!(
            ig.activities
                .iter()
                .all(|a| !a.flagged && a.quiet_months == 0)
        );

        // N is the client's: four months needed, three are not enough.
        let m = save_settings(
            &p.f.store,
            p.f.client,
            &MonitoringSettings {
                cadence: ReviewCadence::Monthly,
                quiet_periods: 4,
            },
            now(),
        )
        .unwrap();
        assert!(!facebook_ads(&m).flagged);
        let m = save_settings(
            &p.f.store,
            p.f.client,
            &MonitoringSettings {
                cadence: ReviewCadence::Monthly,
                quiet_periods: 3,
            },
            now(),
        )
        .unwrap();
        assert!(facebook_ads(&m).flagged);

        // One contact in September breaks the run: only October is quiet.
        let m = record(&p, "facebook", "leads", Period::Week, "14/09/2026", "1");
        assert_eq!(
            (facebook_ads(&m).quiet_months, facebook_ads(&m).flagged),
            (1, false)
        );
        // A month nobody measured ends the run too.
        record(&p, "facebook", "leads", Period::Week, "14/09/2026", "");
        let m = record(&p, "facebook", "reach", Period::Month, "01/09/2026", "");
        assert_eq!(facebook_ads(&m).quiet_months, 1);
        // A result in the running month does not count (it is not complete).
        record(&p, "facebook", "reach", Period::Month, "01/09/2026", "900");
        let m = record(
            &p,
            "facebook",
            "opportunities",
            Period::Month,
            "01/11/2026",
            "2",
        );
        assert!(facebook_ads(&m).flagged);
    }

    #[test]
    fn the_setting_is_checked() {
        let p = plan(Side::Agency);
        for n in [0, 25] {
            let e = save_settings(
                &p.f.store,
                p.f.client,
                &MonitoringSettings {
                    cadence: ReviewCadence::Quarterly,
                    quiet_periods: n,
                },
                now(),
            )
            .unwrap_err();
            assert_eq!(
                (e.field(), e.code()),
                (Some("quietPeriods"), ErrorCode::OutOfRange)
            );
        }
    }
}

mod csv_import {
    use super::*;

    const META: &str = "\u{feff}Data;Copertura;Contatti;Follower\r\n\
        01/10/2026;1.234,5;0;900\r\n\
        02/10/2026;1.000;1;905\r\n\
        03/11/2026;500;;910\r\n";

    #[test]
    fn a_meta_export_is_guessed_mapped_and_added_up_per_month() {
        let p = plan(Side::Agency);
        let preview = preview_import(&p.f.store, p.f.client, META.as_bytes(), None).unwrap();
        assert!(preview.errors.is_empty(), "{:?}", preview.errors);
        assert_eq!(preview.delimiter, ";");
        assert_eq!(preview.rows, 3);
        let mapping = &preview.mapping;
        assert_eq!((mapping.date_column, mapping.channel_column), (0, None));
        assert_eq!(mapping.period, Period::Month);
        let metrics: Vec<&str> = mapping.metrics.iter().map(|m| m.metric.as_str()).collect();
        assert_eq!(metrics, ["reach", "leads", "followers"]);

        let mut mapping = mapping.clone();
        mapping.channel = "facebook".into();
        let preview =
            preview_import(&p.f.store, p.f.client, META.as_bytes(), Some(&mapping)).unwrap();
        let find = |metric: &str, month: NaiveDate| {
            preview
                .values
                .iter()
                .find(|v| v.metric == metric && v.starts_on == month)
                .map(|v| v.value)
        };
        assert_eq!(find("reach", day(2026, 10, 1)), Some(2234.5));
        assert_eq!(find("leads", day(2026, 10, 1)), Some(1.0));
        // Followers are a level: the latest day's.
        assert_eq!(find("followers", day(2026, 10, 1)), Some(905.0));
        // An empty cell is no value, not a zero.
        assert_eq!(find("leads", day(2026, 11, 1)), None);

        // Nothing was written by the previews; the import writes it all.
        assert!(
            get(&p.f.store, p.f.client, now())
                .unwrap()
                .measurements
                .is_empty()
        );
        record(&p, "facebook", "reach", Period::Month, "01/10/2026", "10");
        let preview =
            preview_import(&p.f.store, p.f.client, META.as_bytes(), Some(&mapping)).unwrap();
        let reach = preview
            .values
            .iter()
            .find(|v| v.metric == "reach" && v.starts_on == day(2026, 10, 1))
            .unwrap();
        assert_eq!(reach.existing, Some(10.0));
        let written =
            apply_import(&p.f.store, p.f.client, META.as_bytes(), &mapping, now()).unwrap();
        assert_eq!(written, 5);
        let m = get(&p.f.store, p.f.client, now()).unwrap();
        assert_eq!(m.measurements.len(), 5);
        assert!(
            m.measurements
                .iter()
                .any(|v| v.metric == "reach" && v.value == 2234.5)
        );
    }

    #[test]
    fn rows_with_bad_numbers_or_dates_are_reported_and_nothing_is_written() {
        let p = plan(Side::Agency);
        let file = "Date,Channel,Sessions,Leads\n\
            2026-10-01,Facebook,120,2\n\
            31/02/2026,Facebook,100,1\n\
            2026-10-03,IG,abc,1\n\
            2026-10-04,TikTok,10,1\n\
            2026-10-05,Instagram,-4,0\n\
            2026-10-06,Sito,50,0\n";
        let preview = preview_import(&p.f.store, p.f.client, file.as_bytes(), None).unwrap();
        assert_eq!(preview.delimiter, ",");
        assert_eq!(preview.mapping.channel_column, Some(1));
        let errors: Vec<(u32, &str, ErrorCode)> = preview
            .errors
            .iter()
            .map(|e| (e.line, e.column.as_str(), e.code))
            .collect();
        assert_eq!(
            errors,
            [
                (3, "Date", ErrorCode::InvalidDate),
                (4, "Sessions", ErrorCode::InvalidNumber),
                (5, "Channel", ErrorCode::InvalidChoice),
                (6, "Sessions", ErrorCode::Negative),
            ]
        );
        // The site row lands on '' (the business as a whole).
        assert!(
            preview
                .values
                .iter()
                .any(|v| v.channel.is_empty() && v.value == 50.0)
        );
        let e = apply_import(
            &p.f.store,
            p.f.client,
            file.as_bytes(),
            &preview.mapping,
            now(),
        )
        .unwrap_err();
        assert_eq!(e.code(), ErrorCode::ImportHasErrors);
        assert!(
            get(&p.f.store, p.f.client, now())
                .unwrap()
                .measurements
                .is_empty()
        );
    }

    #[test]
    fn days_that_add_up_past_the_largest_value_are_an_error_not_a_value() {
        // Each day is below MAX_VALUE, so the sum was written though typed
        // by hand it is refused.
        let p = plan(Side::Agency);
        let file = "Data;Copertura;Follower\r\n\
            01/10/2026;900.000.000.000;900.000.000.000\r\n\
            02/10/2026;900.000.000.000;900.000.000.000\r\n";
        let guessed = preview_import(&p.f.store, p.f.client, file.as_bytes(), None).unwrap();
        let mapping = ImportMapping {
            channel: "facebook".into(),
            ..guessed.mapping
        };
        let preview =
            preview_import(&p.f.store, p.f.client, file.as_bytes(), Some(&mapping)).unwrap();
        let errors: Vec<_> = preview
            .errors
            .iter()
            .map(|e| (e.line, e.column.as_str(), e.code))
            .collect();
        assert_eq!(errors, [(3, "Copertura", ErrorCode::OutOfRange)]);
        // Followers are a level: the latest day's, not a sum.
        let values: Vec<_> = preview.values.iter().map(|v| v.metric.as_str()).collect();
        assert_eq!(values, ["followers"]);
        let e = apply_import(&p.f.store, p.f.client, file.as_bytes(), &mapping, now()).unwrap_err();
        assert_eq!(e.code(), ErrorCode::ImportHasErrors);
        assert!(
            get(&p.f.store, p.f.client, now())
                .unwrap()
                .measurements
                .is_empty()
        );
    }

    #[test]
    fn a_mapping_that_does_not_fit_the_file_is_a_file_error() {
        let p = plan(Side::Agency);
        let mapping = ImportMapping {
            date_column: 7,
            channel_column: None,
            channel: "pinterest".into(),
            period: Period::Week,
            metrics: vec![MetricColumn {
                column: 1,
                metric: "nope".into(),
            }],
        };
        let preview =
            preview_import(&p.f.store, p.f.client, META.as_bytes(), Some(&mapping)).unwrap();
        assert!(preview.errors.iter().all(|e| e.line == 0));
        assert_eq!(preview.errors.len(), 3, "{:?}", preview.errors);
        let empty = preview_import(&p.f.store, p.f.client, b"", None).unwrap();
        assert_eq!(empty.errors[0].code, ErrorCode::MissingColumns);
    }

    #[test]
    fn export_dates_in_every_usual_form() {
        for (typed, expected) in [
            ("2026-10-03", day(2026, 10, 3)),
            ("03/10/2026", day(2026, 10, 3)),
            ("20261003", day(2026, 10, 3)),
            ("2026-10-03T07:00:00", day(2026, 10, 3)),
            ("03/10/2026 00:00", day(2026, 10, 3)),
            ("2026-10", day(2026, 10, 1)),
            ("10/2026", day(2026, 10, 1)),
        ] {
            assert_eq!(import::parse_export_date(typed), Some(expected), "{typed}");
        }
        for bad in ["", "ottobre", "2026-13", "99999999", "31/02/2026"] {
            assert_eq!(import::parse_export_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic_the_reader() {
        let p = plan(Side::Agency);
        let samples: [&[u8]; 5] = [
            b"\xff\xfe\x00garbage",
            b"Data;Copertura\n\"unterminated",
            b";;;;\n;;;;",
            b"Data\n01/10/2026\n",
            &[0u8; 64],
        ];
        for bytes in samples {
            preview_import(&p.f.store, p.f.client, bytes, None).unwrap();
        }
    }
}

// The app's own commands. `build.rs` turns each into an `allow-<name>`
// permission (nothing is granted by default), and a test checks this list
// against the builder's commands and `capabilities/default.json`.
pub const COMMAND_NAMES: &[&str] = &[
    "app_status",
    "setup_profile",
    "rename_profile",
    "set_language",
    "list_timezones",
    "list_clients",
    "get_client",
    "create_client",
    "update_client",
    "archive_client",
    "restore_client",
    "list_people",
    "create_person",
    "update_person",
    "delete_person",
    "get_questionnaire",
    "save_answer",
    "add_custom_question",
    "remove_custom_question",
    "move_question",
];

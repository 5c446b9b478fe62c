# hanke: English user interface. Same ids and variables as i18n/fi/hanke.ftl.

## Command-line arguments

date-invalid = `{ $value }` is not a date: write it as 1.5.2025 or 2025-05-01

## Counts

hankkeita = { $n ->
    [one] { $n } project
   *[other] { $n } projects
}

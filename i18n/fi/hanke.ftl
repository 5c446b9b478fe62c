# hanke: Finnish user interface (the source catalogue: every id is here).
# Numbers, money and dates are formatted in Rust (src/lang/format.rs) and
# passed as text; counts are passed as numbers so plurals can choose.

## Command-line arguments

date-invalid = päivämäärä `{ $value }` ei kelpaa: kirjoita se muodossa 1.5.2025 tai 2025-05-01

## Counts

hankkeita = { $n ->
    [one] { $n } hanke
   *[other] { $n } hanketta
}

#pragma once

#include <QString>

namespace salesdesk {

// What went wrong, as a category the caller can branch on. The message is for people: it names
// what is wrong (the field, the value, the limit) and is shown as is in the GUI, the CLI and
// scenario reports.
enum class ErrorCode {
    InvalidArgument, // bad input from a user, a file or the market
    NotFound,        // the id names nothing
    QuotaExceeded,   // the repo quota cannot hold it
    OutOfBounds,     // more bytes/collateral than there is
    Conflict,        // the change breaks a rule of the books (e.g. until < hosted slot end)
    Database,        // SQLite failed (the message carries the query and SQLite's text)
    DatabaseForeign, // the file is not a Sales Desk database
    DatabaseTooNew,  // written by a newer Sales Desk
    DatabaseCorrupt, // integrity check failed
    Io,              // the file system failed
    Overflow,        // a 256-bit amount would overflow or go below zero
};

struct Error {
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;
};

} // namespace salesdesk

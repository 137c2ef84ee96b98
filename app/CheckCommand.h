#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace salesdesk::app {

// `salesdesk-cli check --data-dir DIR`: the books of a data directory checked from outside
// (BooksCheck). Exit 0: they reconcile; 1: violations (listed on stdout); 2: bad input.
class CheckCommand {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
public:
    static int run(const QStringList& arguments);
};

} // namespace salesdesk::app

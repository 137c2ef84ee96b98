#pragma once

#include "tests/support/chain/AnvilFixture.h"

#include <QString>

namespace salesdesk::test {

// A data directory `<directory>/data<index>` whose wallet holds the fixture's account `index`,
// imported by the real `salesdesk-cli wallet import` at `cli` with the passphrase in
// `passphraseFile` (the key passes through `<directory>/key<index>`); empty when the import
// failed.
QString importedWallet(const QString& cli, AnvilFixture& chain, const QString& directory, int index,
                       const QString& passphraseFile);

} // namespace salesdesk::test

#include "tests/support/chain/CliWallet.h"

#include "tests/support/FolderSnapshot.h"
#include "tests/support/ProgramRun.h"

#include <QDir>

namespace salesdesk::test {

QString importedWallet(const QString& cli, AnvilFixture& chain, const QString& directory, int index,
                       const QString& passphraseFile) {
    const QDir dir(directory);
    const QString data = dir.filePath(QStringLiteral("data%1").arg(index));
    const QString key = dir.filePath(QStringLiteral("key%1").arg(index));
    if (!writeFile(key, chain.chain().accounts().at(index).privateKey.toHex()))
        return {};
    const ProgramRun run =
        runProgram(cli, {QStringLiteral("wallet"), QStringLiteral("import"),
                         QStringLiteral("--data-dir"), data, QStringLiteral("--key-file"), key,
                         QStringLiteral("--passphrase-file"), passphraseFile});
    return run.exitCode == 0 ? data : QString();
}

} // namespace salesdesk::test

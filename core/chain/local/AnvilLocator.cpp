#include "core/chain/local/AnvilLocator.h"

#include "salesdesk/AnvilPath.h"

#include <QFileInfo>

namespace salesdesk {

QString AnvilLocator::configuredPath() {
    return QString::fromUtf8(kConfiguredAnvilPath);
}

Result<QString> AnvilLocator::check(const QString& path, const QString& source) {
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("anvil is not at %1 (%2): run `make deps` to install the "
                                        "Node packages of package.json, or set %3 to an anvil "
                                        "binary")
                             .arg(path, source, QLatin1String(kEnvironmentVariable)));
    if (!info.isFile() || !info.isExecutable())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 (%2) is not an executable file").arg(path, source));
    return info.absoluteFilePath();
}

Result<QString> AnvilLocator::locate() {
    const QString fromEnvironment = qEnvironmentVariable(kEnvironmentVariable);
    if (!fromEnvironment.isEmpty())
        return check(fromEnvironment, QStringLiteral("from the environment variable %1")
                                          .arg(QLatin1String(kEnvironmentVariable)));
    return check(configuredPath(), QStringLiteral("the path this build was configured with"));
}

} // namespace salesdesk

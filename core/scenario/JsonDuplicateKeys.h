#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace salesdesk::json {

// QJsonDocument keeps only the last of two equal keys in one object, silently. For a file whose
// keys all mean something (a scenario), a repeated key is a mistake: this finds the first one, in
// document order, and returns its JSON path (`events[2].request.slots`). `json` must be a
// document that QJsonDocument::fromJson accepted.
std::optional<QString> firstDuplicateKeyPath(const QByteArray& json);

} // namespace salesdesk::json

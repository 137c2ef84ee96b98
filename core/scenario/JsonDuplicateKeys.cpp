#include "core/scenario/JsonDuplicateKeys.h"

#include "core/scenario/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace salesdesk::json {

namespace {

// A walk over text that QJsonDocument already accepted, so it only has to find the structure,
// not check it.
class DuplicateKeyScanner {
public:
    explicit DuplicateKeyScanner(const QByteArray& json)
        : m_json(json) {
        if (m_json.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }

    std::optional<QString> scanValue(const QString& path) {
        skipWhitespace();
        if (m_pos >= m_json.size())
            return std::nullopt;
        const char c = m_json[m_pos];
        if (c == '{')
            return scanObject(path);
        if (c == '[')
            return scanArray(path);
        if (c == '"') {
            readString();
            return std::nullopt;
        }
        // A number or a literal: up to the next delimiter.
        while (m_pos < m_json.size() && !isDelimiter(m_json[m_pos]))
            ++m_pos;
        return std::nullopt;
    }

private:
    static bool isWhitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    static bool isDelimiter(char c) { return isWhitespace(c) || c == ',' || c == ']' || c == '}'; }

    void skipWhitespace() {
        while (m_pos < m_json.size() && isWhitespace(m_json[m_pos]))
            ++m_pos;
    }

    // At an opening quote: the decoded string, leaving m_pos after the closing quote.
    QString readString() {
        const qsizetype begin = m_pos;
        bool escaped = false;
        ++m_pos;
        while (m_pos < m_json.size() && m_json[m_pos] != '"') {
            if (m_json[m_pos] == '\\') {
                escaped = true;
                ++m_pos;
            }
            ++m_pos;
        }
        ++m_pos; // the closing quote
        const QByteArray token = m_json.mid(begin, m_pos - begin);
        if (!escaped)
            return QString::fromUtf8(token.mid(1, token.size() - 2));
        // Let Qt decode the escapes, exactly as it did for the document.
        return QJsonDocument::fromJson('[' + token + ']').array().at(0).toString();
    }

    std::optional<QString> scanObject(const QString& path) {
        ++m_pos; // '{'
        QSet<QString> keys;
        while (true) {
            skipWhitespace();
            if (m_pos >= m_json.size())
                return std::nullopt;
            if (m_json[m_pos] == '}') {
                ++m_pos;
                return std::nullopt;
            }
            if (m_json[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            const QString key = readString();
            const QString keyPath = JsonFields::childPath(path, key);
            if (keys.contains(key))
                return keyPath;
            keys.insert(key);
            skipWhitespace();
            ++m_pos; // ':'
            if (auto found = scanValue(keyPath))
                return found;
        }
    }

    std::optional<QString> scanArray(const QString& path) {
        ++m_pos; // '['
        qsizetype index = 0;
        while (true) {
            skipWhitespace();
            if (m_pos >= m_json.size())
                return std::nullopt;
            if (m_json[m_pos] == ']') {
                ++m_pos;
                return std::nullopt;
            }
            if (m_json[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (auto found = scanValue(JsonFields::indexPath(path, index)))
                return found;
            ++index;
        }
    }

    const QByteArray& m_json;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<QString> firstDuplicateKeyPath(const QByteArray& json) {
    DuplicateKeyScanner scanner(json);
    return scanner.scanValue(QString());
}

} // namespace salesdesk::json

#include "core/scenario/OrderedJson.h"

#include <algorithm>

namespace salesdesk {

OrderedJson::OrderedJson() = default;

OrderedJson::OrderedJson(bool value)
    : m_scalar(value ? QStringLiteral("true") : QStringLiteral("false")) {}

OrderedJson::OrderedJson(int value)
    : m_scalar(QString::number(value)) {}

OrderedJson::OrderedJson(qint64 value)
    : m_scalar(QString::number(value)) {}

OrderedJson::OrderedJson(quint64 value)
    : m_scalar(QString::number(value)) {}

OrderedJson::OrderedJson(const QString& value)
    : m_scalar(quoted(value)) {}

OrderedJson OrderedJson::object() {
    OrderedJson value;
    value.m_kind = Kind::Object;
    return value;
}

OrderedJson OrderedJson::array() {
    OrderedJson value;
    value.m_kind = Kind::Array;
    return value;
}

OrderedJson& OrderedJson::add(const QString& key, OrderedJson value) {
    Q_ASSERT(m_kind == Kind::Object);
    m_members.emplace_back(key, std::move(value));
    return *this;
}

OrderedJson& OrderedJson::append(OrderedJson value) {
    Q_ASSERT(m_kind == Kind::Array);
    m_items.push_back(std::move(value));
    return *this;
}

QByteArray OrderedJson::toJson() const {
    QString out;
    write(out, 0);
    out += QLatin1Char('\n');
    return out.toUtf8();
}

QString OrderedJson::quoted(const QString& text) {
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(static_cast<int>(c.unicode()), 4, 16,
                                                   QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

void OrderedJson::write(QString& out, int indent) const {
    const QString inner(indent + 2, QLatin1Char(' '));
    const QString outer(indent, QLatin1Char(' '));
    switch (m_kind) {
    case Kind::Scalar:
        out += m_scalar;
        return;
    case Kind::Object:
        if (m_members.empty()) {
            out += QLatin1String("{}");
            return;
        }
        out += QLatin1String("{\n");
        for (std::size_t i = 0; i < m_members.size(); ++i) {
            out += inner + quoted(m_members[i].first) + QLatin1String(": ");
            m_members[i].second.write(out, indent + 2);
            out += i + 1 < m_members.size() ? QLatin1String(",\n") : QLatin1String("\n");
        }
        out += outer + QLatin1Char('}');
        return;
    case Kind::Array: {
        if (m_items.empty()) {
            out += QLatin1String("[]");
            return;
        }
        const bool nested = std::any_of(m_items.begin(), m_items.end(),
                                        [](const OrderedJson& item) { return item.isContainer(); });
        if (!nested) {
            out += QLatin1Char('[');
            for (std::size_t i = 0; i < m_items.size(); ++i) {
                if (i > 0)
                    out += QLatin1String(", ");
                m_items[i].write(out, indent);
            }
            out += QLatin1Char(']');
            return;
        }
        out += QLatin1String("[\n");
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            out += inner;
            m_items[i].write(out, indent + 2);
            out += i + 1 < m_items.size() ? QLatin1String(",\n") : QLatin1String("\n");
        }
        out += outer + QLatin1Char(']');
        return;
    }
    }
}

} // namespace salesdesk

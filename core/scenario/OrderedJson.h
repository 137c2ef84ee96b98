#pragma once

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace salesdesk {

// A JSON value whose object members keep the order they were added in (QJsonObject sorts its
// keys), written with a fixed layout: the scenario report's fields appear in the order the format
// document lists them, and the same report always gives the same bytes.
//
// Layout: two spaces per level; an object or an array that holds an object or an array puts one
// member per line; an array of scalars stays on one line; empty containers are {} and [].
class OrderedJson {
public:
    OrderedJson(); // null
    OrderedJson(bool value);
    OrderedJson(int value);
    OrderedJson(qint64 value);
    OrderedJson(quint64 value);
    OrderedJson(const QString& value);

    static OrderedJson null() { return OrderedJson(); }
    static OrderedJson object();
    static OrderedJson array();

    // Objects: appends a member (keys are not checked for repeats: the writer's caller owns them).
    OrderedJson& add(const QString& key, OrderedJson value);
    // Arrays: appends an item.
    OrderedJson& append(OrderedJson value);

    bool isContainer() const { return m_kind == Kind::Object || m_kind == Kind::Array; }
    // The whole value as UTF-8, ending with a newline.
    QByteArray toJson() const;

    static QString quoted(const QString& text);

private:
    enum class Kind { Scalar, Object, Array };

    void write(QString& out, int indent) const;

    Kind m_kind = Kind::Scalar;
    QString m_scalar = QStringLiteral("null"); // the scalar's JSON text
    std::vector<std::pair<QString, OrderedJson>> m_members;
    std::vector<OrderedJson> m_items;
};

} // namespace salesdesk

// OrderedJson: members keep their order, the layout is fixed, strings are escaped.
#include "core/scenario/OrderedJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace salesdesk;

class TestOrderedJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void membersKeepTheirOrder() {
        OrderedJson object = OrderedJson::object();
        object.add(QStringLiteral("zeta"), 1);
        object.add(QStringLiteral("alpha"), true);
        object.add(QStringLiteral("mid"), OrderedJson());
        QCOMPARE(object.toJson(),
                 QByteArray("{\n  \"zeta\": 1,\n  \"alpha\": true,\n  \"mid\": null\n}\n"));
    }

    void scalarArraysStayOnOneLineAndNestedOnesDoNot() {
        OrderedJson scalars = OrderedJson::array();
        scalars.append(QStringLiteral("a"))
            .append(qint64(-2))
            .append(quint64(18446744073709551615ull));
        OrderedJson inner = OrderedJson::object();
        inner.add(QStringLiteral("k"), false);
        OrderedJson nested = OrderedJson::array();
        nested.append(std::move(inner));
        OrderedJson root = OrderedJson::object();
        root.add(QStringLiteral("s"), std::move(scalars));
        root.add(QStringLiteral("n"), std::move(nested));
        root.add(QStringLiteral("e"), OrderedJson::array());
        root.add(QStringLiteral("o"), OrderedJson::object());
        QCOMPARE(root.toJson(), QByteArray("{\n"
                                           "  \"s\": [\"a\", -2, 18446744073709551615],\n"
                                           "  \"n\": [\n"
                                           "    {\n"
                                           "      \"k\": false\n"
                                           "    }\n"
                                           "  ],\n"
                                           "  \"e\": [],\n"
                                           "  \"o\": {}\n"
                                           "}\n"));
    }

    void stringsAreEscapedAndReadBackUnchanged() {
        const QString tricky =
            QStringLiteral("quote \" backslash \\ newline \n tab \t bell \x07 é Σ");
        OrderedJson object = OrderedJson::object();
        object.add(tricky, tricky);
        const QJsonDocument doc = QJsonDocument::fromJson(object.toJson());
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object().value(tricky).toString(), tricky);
        QVERIFY(object.toJson().contains("\\u0007"));
    }
};

QTEST_GUILESS_MAIN(TestOrderedJson)
#include "tst_orderedjson.moc"

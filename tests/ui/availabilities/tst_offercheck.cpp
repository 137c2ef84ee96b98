// OfferCheck: the offer form's field checks without the form: the engine's rules, the quota left,
// and what an edited availability has committed to sales; and the request built from the fields.
#include "core/domain/TokenAmount.h"
#include "ui/availabilities/OfferCheck.h"
#include "ui/common/Formatting.h"
#include "ui/wallet/WalletTransactionsModel.h"

#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

namespace {

constexpr quint64 kGiB = quint64(1) << 30;

OfferFields validFields() {
    OfferFields fields;
    fields.totalSize = 10 * kGiB;
    fields.duration = 3600;
    fields.minPricePerBytePerSecond = 5;
    fields.totalCollateral = 1000;
    fields.priceText = QStringLiteral("1");
    return fields;
}

QuotaUsage quotaWithFree(quint64 free) {
    QuotaUsage usage;
    usage.maxBytes = free + 4 * kGiB;
    usage.reservedBytes = 4 * kGiB;
    return usage;
}

// An availability of 8 GiB, 3 GiB and 400 of its 1000 collateral committed to sales.
Availability committedAvailability() {
    Availability a;
    a.totalSize = 8 * kGiB;
    a.freeSize = 5 * kGiB;
    a.duration = 3600;
    a.minPricePerBytePerSecond = 5;
    a.totalCollateral = 1000;
    a.totalRemainingCollateral = 600;
    a.enabled = true;
    return a;
}

} // namespace

class TestOfferCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // On a chain: a wallet that cannot pay the collateral or the gas is warned about, only then.
    void warnsAboutAWalletThatCannotPay() {
        const UInt256 collateral = UInt256(5) * UInt256(1'000'000'000'000'000'000ULL);
        const UInt256 ether = UInt256(1'000'000'000'000'000'000ULL);
        QCOMPARE(OfferCheck::walletWarning(collateral, std::nullopt, std::nullopt), QString());
        QCOMPARE(OfferCheck::walletWarning(collateral, collateral, ether), QString());
        const QString shortOfTokens = OfferCheck::walletWarning(collateral, collateral - 1, ether);
        QVERIFY2(shortOfTokens.contains(formatAmount(collateral - 1)), qPrintable(shortOfTokens));
        QVERIFY(!shortOfTokens.contains(QStringLiteral("gas")));
        const QString noGas = OfferCheck::walletWarning(collateral, collateral, UInt256(0));
        QVERIFY2(noGas.contains(QStringLiteral("no ETH for gas")), qPrintable(noGas));
        QVERIFY(!noGas.contains(QStringLiteral("less than this collateral")));
        QCOMPARE(OfferCheck::walletWarning(collateral, UInt256(0), UInt256(0))
                     .count(QStringLiteral("Your wallet")),
                 2);
    }

    // With the node's fee known: a gas balance below what one sale needs (reserve, fill, a proof
    // every period of the longest request, payout) is warned about with the ETH missing; one that
    // carries a sale is not.
    void warnsWhenTheGasWouldNotCarryOneSale() {
        const UInt256 collateral(1000);
        const SaleGasEstimate sale = SaleGasEstimate::of(24 * 3600, 120, UInt256(1'000'000'000));
        const TokenInfo ether = WalletTransactionsModel::ether();
        QCOMPARE(OfferCheck::walletWarning(collateral, collateral, sale.wei, sale), QString());
        const UInt256 held = sale.wei - 12345;
        const QString shortOfGas = OfferCheck::walletWarning(collateral, collateral, held, sale);
        QVERIFY2(shortOfGas.contains(tokens::formatExact(sale.wei, ether)), qPrintable(shortOfGas));
        QVERIFY2(shortOfGas.contains(tokens::formatExact(UInt256(12345), ether)),
                 qPrintable(shortOfGas));
        QVERIFY2(shortOfGas.contains(QLocale().toString(qulonglong(sale.proofs))),
                 qPrintable(shortOfGas));
        QVERIFY(!shortOfGas.contains(QStringLiteral("less than this collateral")));
        // An empty wallet says how much a sale needs, not only that it holds none.
        const QString none = OfferCheck::walletWarning(collateral, collateral, UInt256(0), sale);
        QVERIFY2(none.contains(tokens::formatExact(sale.wei, ether)), qPrintable(none));
    }

    // Valid fields within the quota: no field has a problem.
    void validFieldsHaveNoProblem() {
        OfferCheck check;
        check.setQuota(quotaWithFree(20 * kGiB));
        const OfferFields fields = validFields();
        QCOMPARE(check.sizeProblem(fields), QString());
        QCOMPARE(check.durationProblem(fields), QString());
        QCOMPARE(check.priceProblem(fields), QString());
        QCOMPARE(check.collateralProblem(fields), QString());
        QCOMPARE(check.untilProblem(fields), QString());
    }

    // The engine's own messages come through for values it refuses.
    void theEnginesRulesApply() {
        OfferCheck check;
        check.setQuota(quotaWithFree(20 * kGiB));
        OfferFields fields = validFields();
        fields.totalSize = 0;
        fields.duration = 0;
        fields.totalCollateral = UInt256(0);
        fields.until = -1;
        QCOMPARE(check.sizeProblem(fields), QStringLiteral("Total size must be larger than zero"));
        QCOMPARE(check.durationProblem(fields),
                 QStringLiteral("Duration must be larger than zero"));
        QVERIFY(!check.collateralProblem(fields).isEmpty());
        QVERIFY(!check.untilProblem(fields).isEmpty());
    }

    // A new offer must fit in what the quota has left; an edit only needs room for its growth.
    void theSizeMustFitTheQuota() {
        OfferCheck offer;
        offer.setQuota(quotaWithFree(6 * kGiB));
        OfferFields fields = validFields();
        QVERIFY(offer.sizeProblem(fields).startsWith(QStringLiteral("Not enough storage quota")));
        fields.totalSize = 6 * kGiB;
        QCOMPARE(offer.sizeProblem(fields), QString());
        QCOMPARE(offer.availableBytes(), 6 * kGiB);

        OfferCheck edit(committedAvailability());
        edit.setQuota(quotaWithFree(2 * kGiB));
        fields.totalSize = 10 * kGiB; // 2 GiB more than its 8
        QCOMPARE(edit.sizeProblem(fields), QString());
        QCOMPARE(edit.availableBytes(), 10 * kGiB);
        fields.totalSize = 2 * kGiB; // below the 3 GiB committed
        QVERIFY(edit.sizeProblem(fields).startsWith(QStringLiteral("New total size")));
    }

    // A typed price that did not parse, or that the contract cannot hold exactly, is a problem.
    void thePriceMustBeExact() {
        OfferCheck check;
        OfferFields fields = validFields();
        fields.priceParseError = QStringLiteral("not a number");
        QCOMPARE(check.priceProblem(fields), QStringLiteral("not a number"));
        fields.priceParseError.clear();
        fields.minPricePerBytePerSecond.reset();
        QVERIFY(check.priceProblem(fields).contains(QStringLiteral("nearest prices")));
    }

    // An edit cannot take the collateral below what sales committed or lost, nor end before the
    // longest hosted slot.
    void anEditKeepsWhatSalesCommitted() {
        OfferCheck edit(committedAvailability(), 5000);
        OfferFields fields = validFields();
        fields.totalCollateral = UInt256(399);
        QVERIFY(edit.collateralProblem(fields).startsWith(QStringLiteral("Total collateral")));
        fields.totalCollateral = UInt256(400);
        QCOMPARE(edit.collateralProblem(fields), QString());
        fields.until = 4999;
        QVERIFY(edit.untilProblem(fields).startsWith(QStringLiteral("Until must be")));
        fields.until = 5000;
        QCOMPARE(edit.untilProblem(fields), QString());
    }

    // The rules' amounts reach the user formatted: sizes in binary units, collateral with its
    // token amount, prices per TiB per month, dates in the locale's format; and the quota
    // message says where to raise it.
    void theAmountsAreFormattedForPeople() {
        QLocale::setDefault(QLocale(QLocale::English));
        OfferCheck edit(committedAvailability(), 5000);
        edit.setQuota(quotaWithFree(kGiB));
        OfferFields fields = validFields();
        fields.totalSize = 2 * kGiB;
        QCOMPARE(edit.sizeProblem(fields),
                 QStringLiteral("New total size must be at least the bytes committed to "
                                "reservations, which is currently: 3.0 GiB"));
        fields.totalSize = 10 * kGiB; // 2 GiB more than its 8, with 1 GiB free
        QCOMPARE(edit.sizeProblem(fields),
                 QStringLiteral("Not enough storage quota: 2.0 GiB requested, 1.0 GiB available. "
                                "Raise the quota in Settings → Storage quota."));
        fields.totalCollateral = UInt256(399);
        QCOMPARE(edit.collateralProblem(fields),
                 QStringLiteral("Total collateral must be at least the collateral committed to or "
                                "lost by sales, which is currently: 400 base units (%1)")
                     .arg(formatAmount(400)));
        fields.until = 4999;
        QCOMPARE(edit.untilProblem(fields),
                 QStringLiteral("Until must be greater or equal to the longest currently hosted "
                                "slot, which ends at %1")
                     .arg(formatTimestamp(5000)));
        fields.minPricePerBytePerSecond = UInt256(0);
        QCOMPARE(edit.priceProblem(fields),
                 QStringLiteral("Minimum price must be larger than zero (the lowest price is %1)")
                     .arg(formatPrice(1)));
        // Each problem is the rule's, at its field.
        const auto violations = edit.violations(fields);
        QCOMPARE(violations.size(), qsizetype(4));
        QCOMPARE(int(violations.first().field), int(AvailabilityRules::Field::MinPrice));
    }

    // The change of an edit names only the fields that differ; a new offer takes them all.
    void theRequestCarriesTheFields() {
        OfferCheck edit(committedAvailability());
        OfferFields fields = validFields();
        fields.totalSize = 8 * kGiB;
        fields.totalCollateral = UInt256(1200);
        fields.enabled = false;
        const AvailabilityChange change = edit.changeOfOriginal(fields);
        QVERIFY(!change.totalSize && !change.duration && !change.minPricePerBytePerSecond);
        QCOMPARE(change.totalCollateral, std::optional<UInt256>(1200));
        QCOMPARE(change.enabled, std::optional<bool>(false));
        QVERIFY(!change.until);

        const NewAvailability params = OfferCheck::newAvailability(validFields());
        QCOMPARE(params.totalSize, 10 * kGiB);
        QCOMPARE(params.duration, quint64(3600));
        QCOMPARE(params.minPricePerBytePerSecond, UInt256(5));
        QCOMPARE(params.totalCollateral, UInt256(1000));
        QVERIFY(params.enabled);
    }
};

QTEST_MAIN(TestOfferCheck)
#include "tst_offercheck.moc"

#pragma once

#include <QByteArray>

namespace salesdesk::test {

// go-ethereum's accounts/keystore/testdata/keystore/aaa: a keystore as geth writes it, with the
// "address" field and light scrypt parameters (n = 8, so it opens at once). Passphrase "foobar",
// account 0xf466859ead1932d743d622cb74fc058882e8648a.
inline const QByteArray kGethKeystore =
    R"({"address":"f466859ead1932d743d622cb74fc058882e8648a","crypto":{"cipher":"aes-128-ctr","ciphertext":"cb664472deacb41a2e995fa7f96fe29ce744471deb8d146a0e43c7898c9ddd4d","cipherparams":{"iv":"dfd9ee70812add5f4b8f89d0811c9158"},"kdf":"scrypt","kdfparams":{"dklen":32,"n":8,"p":16,"r":8,"salt":"0d6769bf016d45c479213990d6a08d938469c4adad8a02ce507b4a4e7b7739f1"},"mac":"bac9af994b15a45dd39669fc66f9aa8a3b9dd8c22cb16e4d8d7ea089d0f1a1a9"},"id":"472e8b3d-afb6-45b5-8111-72c89895099a","version":3})";

} // namespace salesdesk::test

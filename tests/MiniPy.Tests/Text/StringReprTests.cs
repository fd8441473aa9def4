// repr(str) and repr(bytes) checks against CPython 3.11 (Unicode 14.0 printability).
using MiniPy.Runtime.Text;

namespace MiniPy.Tests.Text;

[TestFixture]
public class StringReprTests
{
    // Held in a field rather than attributes: attribute blobs are UTF-8 and cannot carry
    // lone surrogates.
    private static readonly object[] StringCases =
    {
        new object[] { "", "''" },
        new object[] { "abc", "'abc'" },
        new object[] { "it's", "\"it's\"" },
        new object[] { "say \"hi\"", "'say \"hi\"'" },
        new object[] { "both ' and \"", "'both \\' and \"'" },
        new object[] { "back\\slash", "'back\\\\slash'" },
        new object[] { "tab\u0009here", "'tab\\there'" },
        new object[] { "nl\u000ax", "'nl\\nx'" },
        new object[] { "cr\u000d", "'cr\\r'" },
        new object[] { "\u0000\u0001\u001f\u007f", "'\\x00\\x01\\x1f\\x7f'" },
        new object[] { "\u0080\u009f\u00a0\u00a1\u00ad\u00ff", "'\\x80\\x9f\\xa0\u00a1\\xad\u00ff'" },
        new object[] { "\u00e9", "'\u00e9'" },
        new object[] { "na\u00efve caf\u00e9", "'na\u00efve caf\u00e9'" },
        new object[] { "\u65e5\u672c\u8a9e", "'\u65e5\u672c\u8a9e'" },
        new object[] { "\u2028\u2029", "'\\u2028\\u2029'" },
        new object[] { "\u200b\u200e\ufeff", "'\\u200b\\u200e\\ufeff'" },
        new object[] { "\ue000", "'\\ue000'" },
        new object[] { "\U0001f600", "'\U0001f600'" },
        new object[] { "a\U0001f600b", "'a\U0001f600b'" },
        new object[] { "\U000e0001", "'\\U000e0001'" },
        new object[] { "\U0010ffff", "'\\U0010ffff'" },
        new object[] { "\ud800", "'\\ud800'" },
        new object[] { "x\udc00y", "'x\\udc00y'" },
        new object[] { "\u0378", "'\\u0378'" },
        new object[] { "\u3000", "'\\u3000'" },
        new object[] { "\u1680", "'\\u1680'" },
        new object[] { "\U0001d7ce", "'\U0001d7ce'" },
        new object[] { "\u0897", "'\\u0897'" },
        new object[] { "\U0001fae9", "'\\U0001fae9'" },
        new object[] { "\u03a9\u2248\u00e7\u221a\u222b", "'\u03a9\u2248\u00e7\u221a\u222b'" },
        new object[] { "\u00a0", "'\\xa0'" },
        new object[] { "\u0085", "'\\x85'" },
        new object[] { "\u061c", "'\\u061c'" },
        new object[] { "'", "\"'\"" },
        new object[] { "\"", "'\"'" },
        new object[] { "'\"", "'\\'\"'" },
        new object[] { "\U000dac82\U0001a257\u68d0,", "'\\U000dac82\\U0001a257\u68d0,'" },
        new object[] { "\u5a31\U000bcc00\u6f50\u7cdc\U000e3f0b", "'\u5a31\\U000bcc00\u6f50\u7cdc\\U000e3f0b'" },
        new object[] { "\u594c\U00027b78\ub8dc\U00032043\ud1f6", "'\u594c\U00027b78\ub8dc\\U00032043\ud1f6'" },
        new object[] { "\u1c66\u3fc5\u84c0", "'\u1c66\u3fc5\u84c0'" },
        new object[] { "\u8b69\u82a3\u9911\u7ac0a\ua46c\U00041b765", "'\u8b69\u82a3\u9911\u7ac0a\ua46c\\U00041b765'" },
        new object[] { "\u000e", "'\\x0e'" },
        new object[] { "\u391b\u2a34=\U0008f46a7\u10b7jP", "'\u391b\u2a34=\\U0008f46a7\u10b7jP'" },
        new object[] { "\u0672\ud82b\u6719\u2044\uce9a\U000fddcf\u197d(", "'\u0672\\ud82b\u6719\u2044\uce9a\\U000fddcf\\u197d('" },
        new object[] { "\u0eba\U000b94a0p}\uf480\U000f8548\U00087a79", "'\u0eba\\U000b94a0p}\\uf480\\U000f8548\\U00087a79'" },
        new object[] { "\U000cb54fj\U00105153\u243b\U000b7323\u110d\u0001", "'\\U000cb54fj\\U00105153\\u243b\\U000b7323\u110d\\x01'" },
        new object[] { "\U0008daa7K\u8032\U000f2566\uf563\u1c3cI\ud54b", "'\\U0008daa7K\u8032\\U000f2566\\uf563\u1c3cI\ud54b'" },
        new object[] { "S\u177a.\uaaa8\u26d6\U000b73a6", "'S\\u177a.\uaaa8\u26d6\\U000b73a6'" },
        new object[] { "\U000f067a\u5f13\u195f\ud16d\U00081bf2\u6d04\u59cf", "'\\U000f067a\u5f13\u195f\ud16d\\U00081bf2\u6d04\u59cf'" },
        new object[] { "\u0a94", "'\u0a94'" },
        new object[] { "Q", "'Q'" },
        new object[] { "\u2f4e\u2456\U000a8a2f\u5b04\U000ab106", "'\u2f4e\\u2456\\U000a8a2f\u5b04\\U000ab106'" },
        new object[] { "+\u2bc7\u0a86\u23ec\ue4da,", "'+\u2bc7\u0a86\u23ec\\ue4da,'" },
        new object[] { "[\U000ad627V\u8285\U00026189\u636a#\u0012", "'[\\U000ad627V\u8285\U00026189\u636a#\\x12'" },
        new object[] { "\u1f18", "'\u1f18'" },
        new object[] { "\uef96c\uae62\ue45e\U001050c5\U000e0711", "'\\uef96c\uae62\\ue45e\\U001050c5\\U000e0711'" },
        new object[] { "5\u115eP\U0007ea75\U0001412a4", "'5\u115eP\\U0007ea75\\U0001412a4'" },
        new object[] { "P\u2e78", "'P\\u2e78'" },
        new object[] { "\uc7fa]\udf22\U000568da", "'\uc7fa]\\udf22\\U000568da'" },
        new object[] { "\U000c9719\u02d1\u176c\U000c02a7\u22c60\u60ee\u0325", "'\\U000c9719\u02d1\u176c\\U000c02a7\u22c60\u60ee\u0325'" },
        new object[] { "\ua6b8\U00055c8b\u2f5d", "'\ua6b8\\U00055c8b\u2f5d'" },
        new object[] { "T\u0ad3", "'T\\u0ad3'" },
        new object[] { "\U0001bb5fo\u0c35\u2fdb", "'\\U0001bb5fo\u0c35\\u2fdb'" },
        new object[] { "X\U00074d32\u0824$\u05a7\ucffa", "'X\\U00074d32\u0824$\u05a7\ucffa'" },
        new object[] { "\ud482\u000f\u0000\U00038fb1\u12a53\u0002\u21fd", "'\ud482\\x0f\\x00\\U00038fb1\u12a53\\x02\u21fd'" },
        new object[] { "\u2ca5\u4aa1F\U0009b6de", "'\u2ca5\u4aa1F\\U0009b6de'" },
        new object[] { "\U000c9999\U0006757e\ubed6\u15cb\U0007b0cb", "'\\U000c9999\\U0006757e\ubed6\u15cb\\U0007b0cb'" },
        new object[] { "\ud9e1\u0f69-\u0379\U000d9733", "'\\ud9e1\u0f69-\\u0379\\U000d9733'" },
        new object[] { "qW\U00063ef4\u68ff", "'qW\\U00063ef4\u68ff'" },
        new object[] { "!\u66e6\U0003ebd6\u0608\u0665\U000c2eb2", "'!\u66e6\\U0003ebd6\u0608\u0665\\U000c2eb2'" },
        new object[] { "f\U000375ae\u2e6am\u27ceZ", "'f\\U000375ae\\u2e6am\u27ceZ'" },
        new object[] { "\U000c71c2\u541e\u1177\uedda\u2b4e\u01a1\u00a1\ua304", "'\\U000c71c2\u541e\u1177\\uedda\u2b4e\u01a1\u00a1\ua304'" },
        new object[] { "\u02c8", "'\u02c8'" },
        new object[] { "\u22c4\u00d8\uab8a\u97e5", "'\u22c4\u00d8\uab8a\u97e5'" },
        new object[] { "\u489a\u191e", "'\u489a\u191e'" },
        new object[] { "}", "'}'" },
        new object[] { "\U000eb262\u0b6e", "'\\U000eb262\u0b6e'" },
        new object[] { "\u1cbd\uc21c\uc04a\u0a94\u2ad8\u4262\u0007\u1255", "'\u1cbd\uc21c\uc04a\u0a94\u2ad8\u4262\\x07\u1255'" },
        new object[] { "\u961e\u0707", "'\u961e\u0707'" },
        new object[] { "\U00071755\uf3bb\u6052\U000cafae\U00037ff5|\U0010a503\u8ff0", "'\\U00071755\\uf3bb\u6052\\U000cafae\\U00037ff5|\\U0010a503\u8ff0'" },
        new object[] { "\U0006a111", "'\\U0006a111'" },
        new object[] { "\u029c\U00071e6b\u933eo\ub7e9A\u1b50Y", "'\u029c\\U00071e6b\u933eo\ub7e9A\u1b50Y'" },
        new object[] { "\ua8b1\uebbb\u2492M\ue536\u9e62\u0b2c", "'\ua8b1\\uebbb\u2492M\\ue536\u9e62\u0b2c'" },
        new object[] { "\ua3a1\u2320\u70d1\U0006acefC\U0009dc79\U000ff804", "'\ua3a1\u2320\u70d1\\U0006acefC\\U0009dc79\\U000ff804'" },
        new object[] { "\u5c8a\U000340a7\uda69", "'\u5c8a\\U000340a7\\uda69'" },
        new object[] { "\u837f\u6860\u9be6\u20cd\u129f\U000774c8\u0019\u3460", "'\u837f\u6860\u9be6\\u20cd\u129f\\U000774c8\\x19\u3460'" },
        new object[] { "T\u8ed7\U00047f14\u2084\u2a7e\u1e35\U0007152f", "'T\u8ed7\\U00047f14\u2084\u2a7e\u1e35\\U0007152f'" },
        new object[] { "\u58bd\ud9b3\u49b1", "'\u58bd\\ud9b3\u49b1'" },
        new object[] { "\u1c93+\u093e\u3c43E", "'\u1c93+\u093e\u3c43E'" },
        new object[] { "J\u0001\\\U001078d1\ua97f\U000659d3", "'J\\x01\\\\\\U001078d1\\ua97f\\U000659d3'" },
        new object[] { "\ue685\u6759\ueb51>\U0003762a", "'\\ue685\u6759\\ueb51>\\U0003762a'" },
        new object[] { "\u24fd\u5aaa\u7386", "'\u24fd\u5aaa\u7386'" },
        new object[] { "\u9490\U000d5fd0", "'\u9490\\U000d5fd0'" },
        new object[] { "\u7668\u11f4\u1fbd\u2008\u0203\U000c21ad\uc5cc\U00070082", "'\u7668\u11f4\u1fbd\\u2008\u0203\\U000c21ad\uc5cc\\U00070082'" },
        new object[] { "\u4d89\u0287\ud6a7\U0007fb2e", "'\u4d89\u0287\ud6a7\\U0007fb2e'" },
        new object[] { "\"\U000956e3\u2ec5P\ud286", "'\"\\U000956e3\u2ec5P\ud286'" },
    };

    [TestCaseSource(nameof(StringCases))]
    public void Repr(string value, string expected)
    {
        Assert.That(StringRepr.Repr(value), Is.EqualTo(expected));
    }

    [TestCase("", "b''")]
    [TestCase("616263", "b'abc'")]
    [TestCase("69742773", "b\"it's\"")]
    [TestCase("22", "b'\"'")]
    [TestCase("2722", "b'\\'\"'")]
    [TestCase("007f80ff", "b'\\x00\\x7f\\x80\\xff'")]
    [TestCase("090a0d5c", "b'\\t\\n\\r\\\\'")]
    [TestCase("00070e151c232a31383f464d545b626970777e858c939aa1a8afb6bdc4cbd2d9e0e7eef5fc", "b'\\x00\\x07\\x0e\\x15\\x1c#*18?FMT[bipw~\\x85\\x8c\\x93\\x9a\\xa1\\xa8\\xaf\\xb6\\xbd\\xc4\\xcb\\xd2\\xd9\\xe0\\xe7\\xee\\xf5\\xfc'")]
    public void BytesRepr(string hex, string expected)
    {
        Assert.That(StringRepr.BytesRepr(Convert.FromHexString(hex)), Is.EqualTo(expected));
    }
}

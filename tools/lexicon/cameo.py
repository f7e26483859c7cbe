"""CAMEO codes the lexicon may use and their PLOVER types (read from kg/data/plover.json)."""

from __future__ import annotations

from kg.vocab import plover_table

# Every code PETRARCH2's verb dictionary uses (CAMEO.2.0.txt), plus the CAMEO 1.1b3 codes the
# dictionary happens not to use but the codebook defines.
_IN_PETRARCH = """
010 011 012 013 014 015 016 017 018 019 020 021 0211 0212 0213 0214 022 023 0231 0232 0233 0234
024 0241 0242 0243 0244 025 0251 0253 0255 0256 026 027 028 030 031 0311 0312 0313 032 033 0331
0332 0333 0334 034 0341 0344 035 0351 0353 0355 0356 036 037 038 039 040 041 042 043 044 045 046
050 051 052 053 054 055 056 057 060 061 062 063 064 070 071 072 073 074 075 080 081 0811 0812
0813 0814 082 083 0831 0833 0834 084 0841 0842 085 086 0861 0862 0863 087 0871 0872 0873 0874
090 091 092 093 094 100 101 1013 1014 1031 1033 1034 104 1041 1043 1044 105 1053 1054 1056 106
110 111 112 1121 1122 1123 1124 1125 113 114 115 116 120 121 1211 1212 1213 122 1223 1224 123
1232 1233 1234 124 1241 1243 1244 1245 1246 125 126 127 128 129 130 131 1311 1312 1313 132 1322
133 136 137 138 1382 1383 1384 139 140 141 1411 1412 1413 1414 142 143 1431 144 145 150 151 152
153 154 160 161 162 1621 1622 1623 163 164 166 1661 1662 170 171 1711 1712 172 1721 1722 1723
1724 173 174 175 176 180 181 182 1821 1822 1823 183 1831 1832 184 185 186 190 191 192 193 194
195 1952 196 201 202 203
"""
_CODEBOOK_EXTRA = """
1011 1012 102 1032 1051 1052 1055 107 108 1221 1222 1231 1242 134 135 137 1381 1385 1663 165
1833 1834 1951 200 204
"""
CAMEO_CODES = frozenset(_IN_PETRARCH.split()) | frozenset(_CODEBOOK_EXTRA.split())


def predicates() -> dict[str, str]:
    """PLOVER type -> the predicate its triggers get (CONSULT's are named per seed section)."""
    return dict(plover_table()["predicates"])


def event_of(cameo: str) -> str:
    """PLOVER type of a CAMEO code: the longest matching exception, else its root's type.

    >>> event_of("0871"), event_of("057"), event_of("173")
    ('RETREAT', 'AGREE', 'COERCE')
    """
    table = plover_table()
    for n in range(len(cameo), 2, -1):
        if cameo[:n] in table["exceptions"]:
            return table["exceptions"][cameo[:n]]
    root = table["cameo_roots"].get(cameo[:2])
    if root is None:
        raise ValueError(f"CAMEO {cameo}: root {cameo[:2]} has no PLOVER type")
    return root

"""CLDR 49 data for the salary reader, from Babel 2.19.0;
ISO 4217 codes from pycountry 26.2.16.

Written by ``converter.normalize.salary.cldr_snapshot()``; do not edit:
tests/test_salary.py checks that it equals what the installed Babel and
pycountry say.
"""

#: ISO 4217 currency codes (pycountry).
CODES = """\
AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB BOV BRL BSD
BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK
DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF
IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP
LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD
NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD
SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD
TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAD XAF XAG XAU XBA
XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS XUA XXX YER ZAR ZMW ZWG
"""

#: CLDR's English currency symbols that are not the code: code, tab, symbol.
ENGLISH_SYMBOLS = """\
AUD	A$
BRL	R$
CAD	CA$
CNY	CN¥
EUR	€
GBP	£
HKD	HK$
ILS	₪
INR	₹
JPY	¥
KRW	₩
MXN	MX$
NZD	NZ$
PHP	₱
TWD	NT$
USD	$
VND	₫
XAF	FCFA
XCD	EC$
XCG	Cg.
XOF	F CFA
XPF	CFPF
XXX	¤
"""

#: CLDR's English currency names, in CLDR's order: code, tab, name.
ENGLISH_NAMES = """\
AED	United Arab Emirates Dirham
AFN	Afghan Afghani
ALL	Albanian Lek
AMD	Armenian Dram
AOA	Angolan Kwanza
ARS	Argentine Peso
AUD	Australian Dollar
AWG	Aruban Florin
AZN	Azerbaijani Manat
BAM	Bosnia-Herzegovina Convertible Mark
BBD	Barbadian Dollar
BDT	Bangladeshi Taka
BHD	Bahraini Dinar
BIF	Burundian Franc
BMD	Bermudan Dollar
BND	Brunei Dollar
BOB	Bolivian Boliviano
BOV	Bolivian Mvdol
BRL	Brazilian Real
BSD	Bahamian Dollar
BTN	Bhutanese Ngultrum
BWP	Botswanan Pula
BYN	Belarusian Ruble
BZD	Belize Dollar
CAD	Canadian Dollar
CDF	Congolese Franc
CHE	WIR Euro
CHF	Swiss Franc
CHW	WIR Franc
CLF	Chilean Unit of Account (UF)
CLP	Chilean Peso
CNY	Chinese Yuan
COP	Colombian Peso
COU	Colombian Real Value Unit
CRC	Costa Rican Colón
CUP	Cuban Peso
CVE	Cape Verdean Escudo
CZK	Czech Koruna
DJF	Djiboutian Franc
DKK	Danish Krone
DOP	Dominican Peso
DZD	Algerian Dinar
EGP	Egyptian Pound
ERN	Eritrean Nakfa
ETB	Ethiopian Birr
EUR	Euro
FJD	Fijian Dollar
FKP	Falkland Islands Pound
GBP	British Pound
GEL	Georgian Lari
GHS	Ghanaian Cedi
GIP	Gibraltar Pound
GMD	Gambian Dalasi
GNF	Guinean Franc
GTQ	Guatemalan Quetzal
GYD	Guyanaese Dollar
HKD	Hong Kong Dollar
HNL	Honduran Lempira
HTG	Haitian Gourde
HUF	Hungarian Forint
IDR	Indonesian Rupiah
ILS	Israeli New Shekel
INR	Indian Rupee
IQD	Iraqi Dinar
IRR	Iranian Rial
ISK	Icelandic Króna
JMD	Jamaican Dollar
JOD	Jordanian Dinar
JPY	Japanese Yen
KES	Kenyan Shilling
KGS	Kyrgyz Som
KHR	Cambodian Riel
KMF	Comorian Franc
KPW	North Korean Won
KRW	South Korean Won
KWD	Kuwaiti Dinar
KYD	Cayman Islands Dollar
KZT	Kazakhstani Tenge
LAK	Laotian Kip
LBP	Lebanese Pound
LKR	Sri Lankan Rupee
LRD	Liberian Dollar
LSL	Lesotho Loti
LYD	Libyan Dinar
MAD	Moroccan Dirham
MDL	Moldovan Leu
MGA	Malagasy Ariary
MKD	Macedonian Denar
MMK	Myanmar Kyat
MNT	Mongolian Tugrik
MOP	Macanese Pataca
MRU	Mauritanian Ouguiya
MUR	Mauritian Rupee
MVR	Maldivian Rufiyaa
MWK	Malawian Kwacha
MXN	Mexican Peso
MXV	Mexican Investment Unit
MYR	Malaysian Ringgit
MZN	Mozambican Metical
NAD	Namibian Dollar
NGN	Nigerian Naira
NIO	Nicaraguan Córdoba
NOK	Norwegian Krone
NPR	Nepalese Rupee
NZD	New Zealand Dollar
OMR	Omani Rial
PAB	Panamanian Balboa
PEN	Peruvian Sol
PGK	Papua New Guinean Kina
PHP	Philippine Peso
PKR	Pakistani Rupee
PLN	Polish Zloty
PYG	Paraguayan Guarani
QAR	Qatari Riyal
RON	Romanian Leu
RSD	Serbian Dinar
RUB	Russian Ruble
RWF	Rwandan Franc
SAR	Saudi Riyal
SBD	Solomon Islands Dollar
SCR	Seychellois Rupee
SDG	Sudanese Pound
SEK	Swedish Krona
SGD	Singapore Dollar
SHP	St. Helena Pound
SLE	Sierra Leonean Leone
SOS	Somali Shilling
SRD	Surinamese Dollar
SSP	South Sudanese Pound
STN	São Tomé & Príncipe Dobra
SVC	Salvadoran Colón
SYP	Syrian Pound
SZL	Swazi Lilangeni
THB	Thai Baht
TJS	Tajikistani Somoni
TMT	Turkmenistani Manat
TND	Tunisian Dinar
TOP	Tongan Paʻanga
TRY	Turkish Lira
TTD	Trinidad & Tobago Dollar
TWD	New Taiwan Dollar
TZS	Tanzanian Shilling
UAH	Ukrainian Hryvnia
UGX	Ugandan Shilling
USD	US Dollar
USN	US Dollar (Next day)
UYI	Uruguayan Peso (Indexed Units)
UYU	Uruguayan Peso
UYW	Uruguayan Nominal Wage Index Unit
UZS	Uzbekistani Som
VED	Bolívar Soberano
VES	Venezuelan Bolívar
VND	Vietnamese Dong
VUV	Vanuatu Vatu
WST	Samoan Tala
XAF	Central African CFA Franc
XAG	Silver
XAU	Gold
XBA	European Composite Unit
XBB	European Monetary Unit
XBC	European Unit of Account (XBC)
XBD	European Unit of Account (XBD)
XCD	East Caribbean Dollar
XCG	Caribbean guilder
XDR	Special Drawing Rights
XOF	West African CFA Franc
XPD	Palladium
XPF	CFP Franc
XPT	Platinum
XSU	Sucre
XTS	Testing Currency Code
XUA	ADB Unit of Account
XXX	Unknown Currency
YER	Yemeni Rial
ZAR	South African Rand
ZMW	Zambian Kwacha
ZWG	Zimbabwean Gold
"""

#: Each territory's current legal tender: territory, tab, codes.
TERRITORY_CURRENCIES = """\
AC	SHP
AD	EUR
AE	AED
AF	AFN
AG	XCD
AI	XCD
AL	ALL
AM	AMD
AO	AOA
AR	ARS
AS	USD
AT	EUR
AU	AUD
AW	AWG
AX	EUR
AZ	AZN
BA	BAM
BB	BBD
BD	BDT
BE	EUR
BF	XOF
BG	EUR
BH	BHD
BI	BIF
BJ	XOF
BL	EUR
BM	BMD
BN	BND
BO	BOB
BQ	USD
BR	BRL
BS	BSD
BT	INR BTN
BV	NOK
BW	BWP
BY	BYN
BZ	BZD
CA	CAD
CC	AUD
CD	CDF
CF	XAF
CG	XAF
CH	CHF
CI	XOF
CK	NZD
CL	CLP
CM	XAF
CN	CNY
CO	COP
CR	CRC
CU	CUP
CV	CVE
CW	XCG
CX	AUD
CY	EUR
CZ	CZK
DE	EUR
DG	USD
DJ	DJF
DK	DKK
DM	XCD
DO	DOP
DZ	DZD
EA	EUR
EC	USD
EE	EUR
EG	EGP
EH	MAD
ER	ERN
ES	EUR
ET	ETB
EU	EUR
FI	EUR
FJ	FJD
FK	FKP
FM	USD
FO	DKK
FR	EUR
GA	XAF
GB	GBP
GD	XCD
GE	GEL
GF	EUR
GG	GBP
GH	GHS
GI	GIP
GL	DKK
GM	GMD
GN	GNF
GP	EUR
GQ	XAF
GR	EUR
GS	GBP
GT	GTQ
GU	USD
GW	XOF
GY	GYD
HK	HKD
HM	AUD
HN	HNL
HR	EUR
HT	HTG USD
HU	HUF
IC	EUR
ID	IDR
IE	EUR
IL	ILS
IM	GBP
IN	INR
IO	USD
IQ	IQD
IR	IRR
IS	ISK
IT	EUR
JE	GBP
JM	JMD
JO	JOD
JP	JPY
KE	KES
KG	KGS
KH	KHR
KI	AUD
KM	KMF
KN	XCD
KP	KPW
KR	KRW
KW	KWD
KY	KYD
KZ	KZT
LA	LAK
LB	LBP
LC	XCD
LI	CHF
LK	LKR
LR	LRD
LS	ZAR LSL
LT	EUR
LU	EUR
LV	EUR
LY	LYD
MA	MAD
MC	EUR
MD	MDL
ME	EUR
MF	EUR
MG	MGA
MH	USD
MK	MKD
ML	XOF
MM	MMK
MN	MNT
MO	MOP
MP	USD
MQ	EUR
MR	MRU
MS	XCD
MT	EUR
MU	MUR
MV	MVR
MW	MWK
MX	MXN
MY	MYR
MZ	MZN
NA	ZAR NAD
NC	XPF
NE	XOF
NF	AUD
NG	NGN
NI	NIO
NL	EUR
NO	NOK
NP	NPR
NR	AUD
NU	NZD
NZ	NZD
OM	OMR
PA	PAB USD
PE	PEN
PF	XPF
PG	PGK
PH	PHP
PK	PKR
PL	PLN
PM	EUR
PN	NZD
PR	USD
PS	ILS JOD
PT	EUR
PW	USD
PY	PYG
QA	QAR
RE	EUR
RO	RON
RS	RSD
RU	RUB
RW	RWF
SA	SAR
SB	SBD
SC	SCR
SD	SDG
SE	SEK
SG	SGD
SH	SHP
SI	EUR
SJ	NOK
SK	EUR
SL	SLE
SM	EUR
SN	XOF
SO	SOS
SR	SRD
SS	SSP
ST	STN
SV	USD
SX	XCG
SY	SYP
SZ	SZL
TA	GBP
TC	USD
TD	XAF
TF	EUR
TG	XOF
TH	THB
TJ	TJS
TK	NZD
TL	USD
TM	TMT
TN	TND
TO	TOP
TR	TRY
TT	TTD
TV	AUD
TW	TWD
TZ	TZS
UA	UAH
UG	UGX
UM	USD
US	USD
UY	UYU
UZ	UZS
VA	EUR
VC	XCD
VE	VES
VG	USD
VI	USD
VN	VND
VU	VUV
WF	XPF
WS	WST
XK	EUR
YE	YER
YT	EUR
ZA	ZAR
ZM	ZMW
ZW	USD ZWG
"""

#: The symbols a territory's own locales (salary._country_locales) write for its
#: currency, when not the code: territory, tab, code, tab, symbols (tab-separated).
LOCAL_SYMBOLS = """\
AD	EUR	€
AE	AED	د.إ.‏
AF	AFN	؋
AG	XCD	$
AI	XCD	$
AL	ALL	Lekë
AM	AMD	֏
AO	AOA	Kz
AR	ARS	$
AS	USD	$
AT	EUR	€
AU	AUD	$
AW	AWG	Afl.
AX	EUR	€
AZ	AZN	₼
BA	BAM	КМ	KM
BB	BBD	$
BD	BDT	৳
BE	EUR	€
BF	XOF	F CFA
BG	EUR	€
BH	BHD	د.ب.‏
BI	BIF	FBu
BJ	XOF	F CFA
BL	EUR	€
BM	BMD	$
BN	BND	$
BO	BOB	Bs
BQ	USD	$
BR	BRL	R$
BS	BSD	$
BT	INR	₹
BT	BTN	Nu.
BW	BWP	P
BY	BYN	Br
BZ	BZD	$
CA	CAD	$	CA$
CC	AUD	$
CD	CDF	FC
CF	XAF	FCFA
CG	XAF	FCFA
CI	XOF	F CFA
CK	NZD	$
CL	CLP	$
CM	XAF	FCFA
CN	CNY	￥	CN¥	¥
CO	COP	$
CR	CRC	₡
CU	CUP	$
CV	CVE	​
CW	XCG	Cg.
CX	AUD	$
CY	EUR	€
CZ	CZK	Kč
DE	EUR	€
DG	USD	US$
DJ	DJF	Fdj
DK	DKK	kr.
DM	XCD	$
DO	DOP	RD$
DZ	DZD	د.ج.‏	DA
EA	EUR	€
EC	USD	$
EE	EUR	€
EG	EGP	ج.م.‏
EH	MAD	د.م.‏
ER	ERN	Nfk
ES	EUR	€
ET	ETB	ብር
FI	EUR	€
FJ	FJD	$
FK	FKP	£
FM	USD	US$
FO	DKK	kr
FR	EUR	€
GA	XAF	FCFA
GB	GBP	£
GD	XCD	$
GE	GEL	₾
GF	EUR	€
GG	GBP	£
GH	GHS	GH₵
GI	GIP	£
GL	DKK	kr.
GM	GMD	D
GN	GNF	FG
GP	EUR	€
GQ	XAF	FCFA
GR	EUR	€
GS	GBP	£
GT	GTQ	Q
GU	USD	$
GW	XOF	F CFA
GY	GYD	$
HK	HKD	HK$
HN	HNL	L
HR	EUR	€
HT	HTG	G
HT	USD	US$	$US
HU	HUF	Ft
IC	EUR	€
ID	IDR	Rp
IE	EUR	€
IL	ILS	₪
IM	GBP	£
IN	INR	₹
IO	USD	US$
IQ	IQD	د.ع.‏
IR	IRR	ریال
IS	ISK	kr.
IT	EUR	€
JE	GBP	£
JM	JMD	$
JO	JOD	د.أ.‏
JP	JPY	￥
KE	KES	Ksh
KG	KGS	сом
KH	KHR	៛
KI	AUD	$
KM	KMF	CF
KN	XCD	$
KR	KRW	₩
KW	KWD	د.ك.‏
KY	KYD	$
KZ	KZT	₸
LA	LAK	₭
LB	LBP	ل.ل.‏
LC	XCD	$
LK	LKR	රු.	Rs.
LR	LRD	$
LS	ZAR	R
LS	LSL	M
LT	EUR	€
LU	EUR	€
LV	EUR	€
LY	LYD	د.ل.‏
MA	MAD	د.م.‏
MC	EUR	€
MD	MDL	L
ME	EUR	€
MF	EUR	€
MG	MGA	Ar
MH	USD	$
MK	MKD	ден.	den
ML	XOF	F CFA
MM	MMK	K
MN	MNT	₮
MO	MOP	MOP$
MP	USD	$
MQ	EUR	€
MR	MRU	أ.م.
MS	XCD	$
MT	EUR	€
MU	MUR	Rs
MV	MVR	ރ.
MW	MWK	MK
MX	MXN	$
MY	MYR	RM
MZ	MZN	MTn
NA	NAD	$
NC	XPF	FCFP
NE	XOF	F CFA
NF	AUD	$
NG	NGN	₦
NI	NIO	C$
NL	EUR	€
NO	NOK	kr
NP	NPR	नेरू
NR	AUD	$
NU	NZD	$
NZ	NZD	$
OM	OMR	ر.ع.‏
PA	PAB	B/.
PE	PEN	S/
PF	XPF	FCFP
PG	PGK	K
PH	PHP	₱
PK	PKR	Rs
PL	PLN	zł
PM	EUR	€
PN	NZD	$
PR	USD	$
PS	ILS	₪
PS	JOD	د.أ.‏
PT	EUR	€
PW	USD	US$
PY	PYG	₲	Gs.
QA	QAR	ر.ق.‏
RE	EUR	€
RU	RUB	₽
RW	RWF	RF
SA	SAR	ر.س.‏
SB	SBD	$
SC	SCR	SR
SD	SDG	ج.س.
SE	SEK	kr
SG	SGD	$
SH	SHP	£
SI	EUR	€
SJ	NOK	kr
SK	EUR	€
SL	SLE	Le
SM	EUR	€
SN	XOF	F CFA
SO	SOS	S
SR	SRD	$
SS	SSP	£
ST	STN	Db
SV	USD	$
SX	XCG	Cg.
SY	SYP	ل.س.‏
SZ	SZL	E
TC	USD	US$
TD	XAF	FCFA
TG	XOF	F CFA
TH	THB	฿
TK	NZD	$
TL	USD	US$
TN	TND	د.ت.‏	DT
TO	TOP	T$
TR	TRY	₺
TT	TTD	$
TV	AUD	$
TW	TWD	$
TZ	TZS	TSh
UA	UAH	₴
UG	UGX	USh
UM	USD	$
US	USD	$
UY	UYU	$
UZ	UZS	сўм
VA	EUR	€
VC	XCD	$
VE	VES	Bs.S
VG	USD	US$
VI	USD	$
VN	VND	₫
VU	VUV	VT
WF	XPF	FCFP
WS	WST	WS$
XK	EUR	€
YE	YER	ر.ي.‏
YT	EUR	€
ZA	ZAR	R
ZM	ZMW	K
ZW	USD	US$
"""

#: The decimal mark of each territory's main locale, when it is not '.':
#: mark, tab, territories.
DECIMAL_MARKS = """\
,	AD AL AM AO AR AT AW AX BA BE BF BG BI BJ BL BN BO BQ BR BY
,	CD CF CG CI CL CM CO CR CV CY CZ DE DJ DK DZ EA EC EE ES FI
,	FO FR GA GE GF GL GN GP GQ GR GW HR HT HU IC ID IS IT KG KZ
,	LA LB LT LU LV LY MA MC MD ME MF MK ML MQ MR MU MZ NC NE NL
,	NO PF PL PM PT RE RO RS RU RW SC SE SI SJ SK SM SN SR ST TG
,	TJ TL TM TN TR UA UY UZ VA VE VN WF XK YT ZA
"""

#: Currencies whose number of decimals is not 2 (get_currency_precision).
PRECISIONS = """\
AFN	0
ALL	0
BHD	3
BIF	0
CLF	4
CLP	0
COP	0
DJF	0
GNF	0
HUF	0
IDR	0
IQD	0
IRR	0
ISK	0
JOD	3
JPY	0
KMF	0
KPW	0
KRW	0
KWD	3
LAK	0
LBP	0
LYD	3
MGA	0
MMK	0
OMR	3
PYG	0
RWF	0
SOS	0
SYP	0
TND	3
UGX	0
UYI	0
UYW	4
VND	0
VUV	0
XAF	0
XOF	0
XPF	0
YER	0
"""

"""CLDR 49 country names for country.py, from Babel 2.19.0;
ISO 3166-1 codes and names from pycountry 26.2.16.

Written by ``converter.normalize.country.cldr_snapshot()``; do not edit:
tests/test_normalize.py checks that it equals what the installed Babel and
pycountry say.
"""

#: What pycountry.countries.lookup finds for a lower-cased code, flag or name:
#: code, tab, values separated by "|" (a code on as many lines as they need).
ISO = """\
AD	ad|and|🇦🇩|andorra|020|principality of andorra
AE	ae|are|🇦🇪|united arab emirates|784
AF	af|afg|🇦🇫|afghanistan|004|islamic republic of afghanistan
AG	ag|atg|🇦🇬|antigua and barbuda|028
AI	ai|aia|🇦🇮|anguilla|660
AL	al|alb|🇦🇱|albania|008|republic of albania
AM	am|arm|🇦🇲|armenia|051|republic of armenia
AO	ao|ago|🇦🇴|angola|024|republic of angola
AQ	aq|ata|🇦🇶|antarctica|010
AR	ar|arg|🇦🇷|argentina|032|argentine republic
AS	as|asm|🇦🇸|american samoa|016
AT	at|aut|🇦🇹|austria|040|republic of austria
AU	au|aus|🇦🇺|australia|036
AW	aw|abw|🇦🇼|aruba|533
AX	ax|ala|🇦🇽|åland islands|248
AZ	az|aze|🇦🇿|azerbaijan|031|republic of azerbaijan
BA	ba|bih|🇧🇦|bosnia and herzegovina|070|republic of bosnia and herzegovina
BB	bb|brb|🇧🇧|barbados|052
BD	bd|bgd|🇧🇩|bangladesh|050|people's republic of bangladesh
BE	be|bel|🇧🇪|belgium|056|kingdom of belgium
BF	bf|bfa|🇧🇫|burkina faso|854
BG	bg|bgr|🇧🇬|bulgaria|100|republic of bulgaria
BH	bh|bhr|🇧🇭|bahrain|048|kingdom of bahrain
BI	bi|bdi|🇧🇮|burundi|108|republic of burundi
BJ	bj|ben|🇧🇯|benin|204|republic of benin
BL	bl|blm|🇧🇱|saint barthélemy|652
BM	bm|bmu|🇧🇲|bermuda|060
BN	bn|brn|🇧🇳|brunei darussalam|096
BO	bo|bol|🇧🇴|bolivia, plurinational state of|068|plurinational state of bolivia|bolivia
BQ	bq|bes|🇧🇶|bonaire, sint eustatius and saba|535
BR	br|bra|🇧🇷|brazil|076|federative republic of brazil
BS	bs|bhs|🇧🇸|bahamas|044|commonwealth of the bahamas
BT	bt|btn|🇧🇹|bhutan|064|kingdom of bhutan
BV	bv|bvt|🇧🇻|bouvet island|074
BW	bw|bwa|🇧🇼|botswana|072|republic of botswana
BY	by|blr|🇧🇾|belarus|112|republic of belarus
BZ	bz|blz|🇧🇿|belize|084
CA	ca|can|🇨🇦|canada|124
CC	cc|cck|🇨🇨|cocos (keeling) islands|166
CD	cd|cod|🇨🇩|congo, the democratic republic of the|180
CF	cf|caf|🇨🇫|central african republic|140
CG	cg|cog|🇨🇬|congo|178|republic of the congo
CH	ch|che|🇨🇭|switzerland|756|swiss confederation
CI	ci|civ|🇨🇮|côte d'ivoire|384|republic of côte d'ivoire
CK	ck|cok|🇨🇰|cook islands|184
CL	cl|chl|🇨🇱|chile|152|republic of chile
CM	cm|cmr|🇨🇲|cameroon|120|republic of cameroon
CN	cn|chn|🇨🇳|china|156|people's republic of china
CO	co|col|🇨🇴|colombia|170|republic of colombia
CR	cr|cri|🇨🇷|costa rica|188|republic of costa rica
CU	cu|cub|🇨🇺|cuba|192|republic of cuba
CV	cv|cpv|🇨🇻|cabo verde|132|republic of cabo verde
CW	cw|cuw|🇨🇼|curaçao|531
CX	cx|cxr|🇨🇽|christmas island|162
CY	cy|cyp|🇨🇾|cyprus|196|republic of cyprus
CZ	cz|cze|🇨🇿|czechia|203|czech republic
DE	de|deu|🇩🇪|germany|276|federal republic of germany
DJ	dj|dji|🇩🇯|djibouti|262|republic of djibouti
DK	dk|dnk|🇩🇰|denmark|208|kingdom of denmark
DM	dm|dma|🇩🇲|dominica|212|commonwealth of dominica
DO	do|dom|🇩🇴|dominican republic|214
DZ	dz|dza|🇩🇿|algeria|012|people's democratic republic of algeria
EC	ec|ecu|🇪🇨|ecuador|218|republic of ecuador
EE	ee|est|🇪🇪|estonia|233|republic of estonia
EG	eg|egy|🇪🇬|egypt|818|arab republic of egypt
EH	eh|esh|🇪🇭|western sahara|732
ER	er|eri|🇪🇷|eritrea|232|the state of eritrea
ES	es|esp|🇪🇸|spain|724|kingdom of spain
ET	et|eth|🇪🇹|ethiopia|231|federal democratic republic of ethiopia
FI	fi|fin|🇫🇮|finland|246|republic of finland
FJ	fj|fji|🇫🇯|fiji|242|republic of fiji
FK	fk|flk|🇫🇰|falkland islands (malvinas)|238
FM	fm|fsm|🇫🇲|micronesia, federated states of|583|federated states of micronesia
FO	fo|fro|🇫🇴|faroe islands|234
FR	fr|fra|🇫🇷|france|250|french republic
GA	ga|gab|🇬🇦|gabon|266|gabonese republic
GB	gb|gbr|🇬🇧|united kingdom|826|united kingdom of great britain and northern ireland
GD	gd|grd|🇬🇩|grenada|308
GE	ge|geo|🇬🇪|georgia|268
GF	gf|guf|🇬🇫|french guiana|254
GG	gg|ggy|🇬🇬|guernsey|831
GH	gh|gha|🇬🇭|ghana|288|republic of ghana
GI	gi|gib|🇬🇮|gibraltar|292
GL	gl|grl|🇬🇱|greenland|304
GM	gm|gmb|🇬🇲|gambia|270|republic of the gambia
GN	gn|gin|🇬🇳|guinea|324|republic of guinea
GP	gp|glp|🇬🇵|guadeloupe|312
GQ	gq|gnq|🇬🇶|equatorial guinea|226|republic of equatorial guinea
GR	gr|grc|🇬🇷|greece|300|hellenic republic
GS	gs|sgs|🇬🇸|south georgia and the south sandwich islands|239
GT	gt|gtm|🇬🇹|guatemala|320|republic of guatemala
GU	gu|gum|🇬🇺|guam|316
GW	gw|gnb|🇬🇼|guinea-bissau|624|republic of guinea-bissau
GY	gy|guy|🇬🇾|guyana|328|republic of guyana
HK	hk|hkg|🇭🇰|hong kong|344|hong kong special administrative region of china
HM	hm|hmd|🇭🇲|heard island and mcdonald islands|334
HN	hn|hnd|🇭🇳|honduras|340|republic of honduras
HR	hr|hrv|🇭🇷|croatia|191|republic of croatia
HT	ht|hti|🇭🇹|haiti|332|republic of haiti
HU	hu|hun|🇭🇺|hungary|348
ID	id|idn|🇮🇩|indonesia|360|republic of indonesia
IE	ie|irl|🇮🇪|ireland|372
IL	il|isr|🇮🇱|israel|376|state of israel
IM	im|imn|🇮🇲|isle of man|833
IN	in|ind|🇮🇳|india|356|republic of india
IO	io|iot|🇮🇴|british indian ocean territory|086
IQ	iq|irq|🇮🇶|iraq|368|republic of iraq
IR	ir|irn|🇮🇷|iran, islamic republic of|364|islamic republic of iran|iran
IS	is|isl|🇮🇸|iceland|352|republic of iceland
IT	it|ita|🇮🇹|italy|380|italian republic
JE	je|jey|🇯🇪|jersey|832
JM	jm|jam|🇯🇲|jamaica|388
JO	jo|jor|🇯🇴|jordan|400|hashemite kingdom of jordan
JP	jp|jpn|🇯🇵|japan|392
KE	ke|ken|🇰🇪|kenya|404|republic of kenya
KG	kg|kgz|🇰🇬|kyrgyzstan|417|kyrgyz republic
KH	kh|khm|🇰🇭|cambodia|116|kingdom of cambodia
KI	ki|kir|🇰🇮|kiribati|296|republic of kiribati
KM	km|com|🇰🇲|comoros|174|union of the comoros
KN	kn|kna|🇰🇳|saint kitts and nevis|659
KP	kp|prk|🇰🇵|korea, democratic people's republic of|408
KP	democratic people's republic of korea|north korea
KR	kr|kor|🇰🇷|korea, republic of|410|south korea
KW	kw|kwt|🇰🇼|kuwait|414|state of kuwait
KY	ky|cym|🇰🇾|cayman islands|136
KZ	kz|kaz|🇰🇿|kazakhstan|398|republic of kazakhstan
LA	la|lao|🇱🇦|lao people's democratic republic|418|laos
LB	lb|lbn|🇱🇧|lebanon|422|lebanese republic
LC	lc|lca|🇱🇨|saint lucia|662
LI	li|lie|🇱🇮|liechtenstein|438|principality of liechtenstein
LK	lk|lka|🇱🇰|sri lanka|144|democratic socialist republic of sri lanka
LR	lr|lbr|🇱🇷|liberia|430|republic of liberia
LS	ls|lso|🇱🇸|lesotho|426|kingdom of lesotho
LT	lt|ltu|🇱🇹|lithuania|440|republic of lithuania
LU	lu|lux|🇱🇺|luxembourg|442|grand duchy of luxembourg
LV	lv|lva|🇱🇻|latvia|428|republic of latvia
LY	ly|lby|🇱🇾|libya|434
MA	ma|mar|🇲🇦|morocco|504|kingdom of morocco
MC	mc|mco|🇲🇨|monaco|492|principality of monaco
MD	md|mda|🇲🇩|moldova, republic of|498|republic of moldova|moldova
ME	me|mne|🇲🇪|montenegro|499
MF	mf|maf|🇲🇫|saint martin (french part)|663
MG	mg|mdg|🇲🇬|madagascar|450|republic of madagascar
MH	mh|mhl|🇲🇭|marshall islands|584|republic of the marshall islands
MK	mk|mkd|🇲🇰|north macedonia|807|republic of north macedonia
ML	ml|mli|🇲🇱|mali|466|republic of mali
MM	mm|mmr|🇲🇲|myanmar|104|republic of myanmar
MN	mn|mng|🇲🇳|mongolia|496
MO	mo|mac|🇲🇴|macao|446|macao special administrative region of china
MP	mp|mnp|🇲🇵|northern mariana islands|580|commonwealth of the northern mariana islands
MQ	mq|mtq|🇲🇶|martinique|474
MR	mr|mrt|🇲🇷|mauritania|478|islamic republic of mauritania
MS	ms|msr|🇲🇸|montserrat|500
MT	mt|mlt|🇲🇹|malta|470|republic of malta
MU	mu|mus|🇲🇺|mauritius|480|republic of mauritius
MV	mv|mdv|🇲🇻|maldives|462|republic of maldives
MW	mw|mwi|🇲🇼|malawi|454|republic of malawi
MX	mx|mex|🇲🇽|mexico|484|united mexican states
MY	my|mys|🇲🇾|malaysia|458
MZ	mz|moz|🇲🇿|mozambique|508|republic of mozambique
NA	na|nam|🇳🇦|namibia|516|republic of namibia
NC	nc|ncl|🇳🇨|new caledonia|540
NE	ne|ner|🇳🇪|niger|562|republic of the niger
NF	nf|nfk|🇳🇫|norfolk island|574
NG	ng|nga|🇳🇬|nigeria|566|federal republic of nigeria
NI	ni|nic|🇳🇮|nicaragua|558|republic of nicaragua
NL	nl|nld|🇳🇱|netherlands|528|kingdom of the netherlands
NO	no|nor|🇳🇴|norway|578|kingdom of norway
NP	np|npl|🇳🇵|nepal|524|federal democratic republic of nepal
NR	nr|nru|🇳🇷|nauru|520|republic of nauru
NU	nu|niu|🇳🇺|niue|570
NZ	nz|nzl|🇳🇿|new zealand|554
OM	om|omn|🇴🇲|oman|512|sultanate of oman
PA	pa|pan|🇵🇦|panama|591|republic of panama
PE	pe|per|🇵🇪|peru|604|republic of peru
PF	pf|pyf|🇵🇫|french polynesia|258
PG	pg|png|🇵🇬|papua new guinea|598|independent state of papua new guinea
PH	ph|phl|🇵🇭|philippines|608|republic of the philippines
PK	pk|pak|🇵🇰|pakistan|586|islamic republic of pakistan
PL	pl|pol|🇵🇱|poland|616|republic of poland
PM	pm|spm|🇵🇲|saint pierre and miquelon|666
PN	pn|pcn|🇵🇳|pitcairn|612
PR	pr|pri|🇵🇷|puerto rico|630
PS	ps|pse|🇵🇸|palestine, state of|275|the state of palestine
PT	pt|prt|🇵🇹|portugal|620|portuguese republic
PW	pw|plw|🇵🇼|palau|585|republic of palau
PY	py|pry|🇵🇾|paraguay|600|republic of paraguay
QA	qa|qat|🇶🇦|qatar|634|state of qatar
RE	re|reu|🇷🇪|réunion|638
RO	ro|rou|🇷🇴|romania|642
RS	rs|srb|🇷🇸|serbia|688|republic of serbia
RU	ru|rus|🇷🇺|russian federation|643
RW	rw|rwa|🇷🇼|rwanda|646|rwandese republic
SA	sa|sau|🇸🇦|saudi arabia|682|kingdom of saudi arabia
SB	sb|slb|🇸🇧|solomon islands|090
SC	sc|syc|🇸🇨|seychelles|690|republic of seychelles
SD	sd|sdn|🇸🇩|sudan|729|republic of the sudan
SE	se|swe|🇸🇪|sweden|752|kingdom of sweden
SG	sg|sgp|🇸🇬|singapore|702|republic of singapore
SH	sh|shn|🇸🇭|saint helena, ascension and tristan da cunha|654
SI	si|svn|🇸🇮|slovenia|705|republic of slovenia
SJ	sj|sjm|🇸🇯|svalbard and jan mayen|744
SK	sk|svk|🇸🇰|slovakia|703|slovak republic
SL	sl|sle|🇸🇱|sierra leone|694|republic of sierra leone
SM	sm|smr|🇸🇲|san marino|674|republic of san marino
SN	sn|sen|🇸🇳|senegal|686|republic of senegal
SO	so|som|🇸🇴|somalia|706|federal republic of somalia
SR	sr|sur|🇸🇷|suriname|740|republic of suriname
SS	ss|ssd|🇸🇸|south sudan|728|republic of south sudan
ST	st|stp|🇸🇹|sao tome and principe|678|democratic republic of sao tome and principe
SV	sv|slv|🇸🇻|el salvador|222|republic of el salvador
SX	sx|sxm|🇸🇽|sint maarten (dutch part)|534
SY	sy|syr|🇸🇾|syrian arab republic|760|syria
SZ	sz|swz|🇸🇿|eswatini|748|kingdom of eswatini
TC	tc|tca|🇹🇨|turks and caicos islands|796
TD	td|tcd|🇹🇩|chad|148|republic of chad
TF	tf|atf|🇹🇫|french southern territories|260
TG	tg|tgo|🇹🇬|togo|768|togolese republic
TH	th|tha|🇹🇭|thailand|764|kingdom of thailand
TJ	tj|tjk|🇹🇯|tajikistan|762|republic of tajikistan
TK	tk|tkl|🇹🇰|tokelau|772
TL	tl|tls|🇹🇱|timor-leste|626|democratic republic of timor-leste
TM	tm|tkm|🇹🇲|turkmenistan|795
TN	tn|tun|🇹🇳|tunisia|788|republic of tunisia
TO	to|ton|🇹🇴|tonga|776|kingdom of tonga
TR	tr|tur|🇹🇷|türkiye|792|republic of türkiye
TT	tt|tto|🇹🇹|trinidad and tobago|780|republic of trinidad and tobago
TV	tv|tuv|🇹🇻|tuvalu|798
TW	tw|twn|🇹🇼|taiwan, province of china|158|taiwan
TZ	tz|tza|🇹🇿|tanzania, united republic of|834|united republic of tanzania|tanzania
UA	ua|ukr|🇺🇦|ukraine|804
UG	ug|uga|🇺🇬|uganda|800|republic of uganda
UM	um|umi|🇺🇲|united states minor outlying islands|581
US	us|usa|🇺🇸|united states|840|united states of america
UY	uy|ury|🇺🇾|uruguay|858|eastern republic of uruguay
UZ	uz|uzb|🇺🇿|uzbekistan|860|republic of uzbekistan
VA	va|vat|🇻🇦|holy see (vatican city state)|336
VC	vc|vct|🇻🇨|saint vincent and the grenadines|670
VE	ve|ven|🇻🇪|venezuela, bolivarian republic of|862|bolivarian republic of venezuela
VE	venezuela
VG	vg|vgb|🇻🇬|virgin islands, british|092|british virgin islands
VI	vi|vir|🇻🇮|virgin islands, u.s.|850|virgin islands of the united states
VN	vn|vnm|🇻🇳|viet nam|704|socialist republic of viet nam|vietnam
VU	vu|vut|🇻🇺|vanuatu|548|republic of vanuatu
WF	wf|wlf|🇼🇫|wallis and futuna|876
WS	ws|wsm|🇼🇸|samoa|882|independent state of samoa
YE	ye|yem|🇾🇪|yemen|887|republic of yemen
YT	yt|myt|🇾🇹|mayotte|175
ZA	za|zaf|🇿🇦|south africa|710|republic of south africa
ZM	zm|zmb|🇿🇲|zambia|894|republic of zambia
ZW	zw|zwe|🇿🇼|zimbabwe|716|republic of zimbabwe
"""

#: Each country's names in country.LANGUAGES (CLDR), then pycountry's, folded
#: (country.fold), a name two countries share given to the first language's:
#: code, tab, names separated by "|" (as many lines as they need).
NAMES = """\
AD	andorra|andorre|andora|андора|ανδορα|андорра|アンドラ|安道尔|安道爾|안도라|أندورا
AD	אנדורה|एंडोरा|อันดอร์รา|principality of andorra
AE	united arab emirates|vereinigte arabische emirate|emirats arabes unis
AE	emiratos arabes unidos|emirati arabi uniti|emirados arabes unidos
AE	verenigde arabische emiraten|forenade arabemiraten|de forenede arabiske emirater
AE	arabiemiirikunnat|zjednoczone emiraty arabskie|spojene arabske emiraty
AE	egyesult arab emirsegek|emiratele arabe unite|обединени арабски емирства
AE	ηνωμενα αραβικα εμιρατα|birlesik arap emirlikleri|оаэ|об'єднані арабські емірати
AE	ujedinjeni arapski emirati|zdruzeni arabski emirati|araabia uhendemiraadid
AE	apvienotie arabu emirati|jungtiniai arabu emyratai|アラブ首長国連邦|阿拉伯联合酋长国
AE	阿拉伯聯合大公國|아랍에미리트|الإمارات العربية المتحدة|איחוד האמירויות הערביות
AE	संयुक्त अरब अमीरात|สหรัฐอาหรับเอมิเรตส์|uni emirat arab
AF	afghanistan|afganistan|afeganistao|afganisztan|афганистан|αφγανισταν|афганістан
AF	afganistana|afganistanas|アフガニスタン|阿富汗|아프가니스탄|أفغانستان|אפגניסטן
AF	अफ़गानिस्तान|อัฟกานิสถาน|islamic republic of afghanistan
AG	antigua and barbuda|antigua und barbuda|antigua et barbuda|antigua y barbuda
AG	antigua e barbuda|antigua en barbuda|antigua och barbuda|antigua og barbuda
AG	antigua ja barbuda|antigua i barbuda|antigua a barbuda|antigua es barbuda
AG	antigua si barbuda|антигуа и барбуда|αντιγκουα και μπαρμπουντα|antigua ve barbuda
AG	антигуа і барбуда|antigva i barbuda|antigva in barbuda|antigva un barbuda
AG	antigva ir barbuda|アンティグア・バーブーダ|安提瓜和巴布达|安地卡及巴布達|앤티가 바부다
AG	أنتيغوا وبربودا|אנטיגואה וברבודה|एंटिगुआ और बरबुडा|แอนติกาและบาร์บูดา
AG	antigua dan barbuda
AI	anguilla|anguila|ангуила|ανγκουιλα|ангилья|ангілья|angvila|angilja|angilija|アンギラ
AI	安圭拉|安奎拉|앵귈라|أنغويلا|אנגווילה|एंग्विला|แองกวิลลา
AL	albania|albanien|albanie|albansko|албания|αλβανια|arnavutluk|албанія|albanija|albaania
AL	アルバニア|阿尔巴尼亚|阿爾巴尼亞|알바니아|ألبانيا|אלבניה|अल्बानिया|แอลเบเนีย
AL	republic of albania
AM	armenia|armenien|armenie|armensko|ormenyorszag|армения|αρμενια|ermenistan|вірменія
AM	armenija|armeenia|アルメニア|亚美尼亚|亞美尼亞|아르메니아|أرمينيا|ארמניה|आर्मेनिया
AM	อาร์เมเนีย|republic of armenia
AO	angola|ангола|αγκολα|アンゴラ|安哥拉|앙골라|أنغولا|אנגולה|अंगोला|แองโกลา
AO	republic of angola
AQ	antarctica|antarktis|antarctique|antartida|antartide|antarktyda|antarktida|antarktisz
AQ	антарктика|ανταρκτικη|antarktika|антарктида|南極|南极洲|南極洲|남극 대륙|أنتاركتيكا
AQ	אנטארקטיקה|अंटार्कटिका|แอนตาร์กติกา
AR	argentina|argentinien|argentine|argentinie|argentiina|argentyna|аржентина|αργεντινη
AR	arjantin|аргентина|アルゼンチン|阿根廷|아르헨티나|الأرجنتين|ארגנטינה|अर्जेंटीना
AR	อาร์เจนตินา|argentine republic
AS	american samoa|amerikanisch samoa|samoa americaines|samoa americana|samoa americane
AS	amerikaans samoa|amerikanska samoa|amerikansk samoa|amerikan samoa|samoa amerykanskie
AS	americka samoa|amerikai szamoa|американска самоа|αμερικανικη σαμοα|amerikan samoası
AS	американское самоа|американське самоа|ameriska samoa|ameerika samoa|asv samoa
AS	amerikos samoa|米領サモア|美属萨摩亚|美屬薩摩亞|아메리칸 사모아|ساموا الأمريكية
AS	סמואה האמריקנית|अमेरिकी समोआ|อเมริกันซามัว|samoa amerika
AT	austria|osterreich|autriche|oostenrijk|osterrike|østrig|itavalta|rakousko|rakusko
AT	ausztria|австрия|αυστρια|avusturya|австрія|austrija|avstrija|オーストリア|奥地利|奧地利
AT	오스트리아|النمسا|אוסטריה|ऑस्ट्रिया|ออสเตรีย|republic of austria
AU	australia|australien|australie|ausztralia|австралия|αυστραλια|avustralya|австралія
AU	australija|avstralija|austraalia|オーストラリア|澳大利亚|澳洲|오스트레일리아|أستراليا
AU	אוסטרליה|ऑस्ट्रेलिया|ออสเตรเลีย
AW	aruba|аруба|αρουμπα|アルバ|阿鲁巴|荷屬阿魯巴|아루바|أروبا|ארובה|अरूबा|อารูบา
AX	aland islands|alandinseln|iles aland|islas aland|isole aland|ilhas aland|aland
AX	ahvenanmaa|wyspy alandzkie|alandy|aland szigetek|insulele aland|оландски острови
AX	νησοι ολαντ|aland adaları|аландские о ва|аландські острови|alandski otoci
AX	alandski otoki|ahvenamaa|olandes salas|alandu salos|オーランド諸島|奥兰群岛|奧蘭群島
AX	올란드 제도|جزر آلاند|איי אולנד|एलैंड द्वीपसमूह|หมู่เกาะโอลันด์|kepulauan aland
AZ	azerbaijan|aserbaidschan|azerbaidjan|azerbaiyan|azerbaigian|azerbaijao|azerbeidzjan
AZ	azerbajdzjan|aserbajdsjan|azerbaidzan|azerbejdzan|azerbajdzan|azerbajdzsan|азербаиджан
AZ	αζερμπαιτζαν|azerbaycan|aserbaidzaan|azerbaidzana|azerbaidzanas|アゼルバイジャン
AZ	阿塞拜疆|亞塞拜然|아제르바이잔|أذربيجان|אזרבייג׳ן|अज़रबैजान|อาเซอร์ไบจาน
AZ	republic of azerbaijan
BA	bosnia and herzegovina|bosnien und herzegowina|bosnie herzegovine|bosnia y herzegovina
BA	bosnia ed erzegovina|bosnia e herzegovina|bosnie en herzegovina|bosnien och hercegovina
BA	bosnien hercegovina|bosnia ja hertsegovina|bosnia i hercegowina|bosna a hercegovina
BA	bosznia hercegovina|bosnia si hertegovina|босна и херцеговина|βοσνια ερζεγοβινη
BA	bosna hersek|босния и герцеговина|боснія і герцеговина|bosna i hercegovina
BA	bosna in hercegovina|bosnia ja hertsegoviina|bosnija un hercegovina
BA	bosnija ir hercegovina|ボスニア・ヘルツェゴビナ|波斯尼亚和黑塞哥维那
BA	波士尼亞與赫塞哥維納|보스니아 헤르체고비나|البوسنة والهرسك|בוסניה והרצגובינה
BA	बोस्निया और हर्ज़ेगोविना|บอสเนียและเฮอร์เซโกวีนา|bosnia dan herzegovina
BA	republic of bosnia and herzegovina
BB	barbados|barbade|барбадос|μπαρμπειντοσ|barbadosa|barbadosas|バルバドス|巴巴多斯|巴貝多
BB	바베이도스|بربادوس|ברבדוס|बारबाडोस|บาร์เบโดส
BD	bangladesh|bangladesch|banglades|bangladesz|бангладеш|μπανγκλαντεσ|bangladesa
BD	bangladesas|バングラデシュ|孟加拉国|孟加拉|방글라데시|بنغلاديش|בנגלדש|बांग्लादेश
BD	บังกลาเทศ|people's republic of bangladesh
BE	belgium|belgien|belgique|belgica|belgio|belgie|belgia|belgicko|белгия|βελγιο|belcika
BE	бельгия|бельгія|belgija|ベルギー|比利时|比利時|벨기에|بلجيكا|בלגיה|बेल्जियम|เบลเยียม
BE	kingdom of belgium
BF	burkina faso|burquina faso|буркина фасо|μπουρκινα φασο|буркіна фасо|burkinafaso
BF	burkina fasas|ブルキナファソ|布基纳法索|布吉納法索|부르키나파소|بوركينا فاسو
BF	בורקינה פאסו|बुर्किना फ़ासो|บูร์กินาฟาโซ
BG	bulgaria|bulgarien|bulgarie|bulgarije|bułgaria|bulharsko|българия|βουλγαρια|bulgaristan
BG	болгария|болгарія|bugarska|bolgarija|bulgaaria|bulgarija|ブルガリア|保加利亚|保加利亞
BG	불가리아|بلغاريا|בולגריה|बुल्गारिया|บัลแกเรีย|republic of bulgaria
BH	bahrain|bahrein|barein|bahrajn|бахреин|μπαχρειν|bahreyn|bahreina|bahreinas|バーレーン
BH	巴林|바레인|البحرين|בחריין|बहरीन|บาห์เรน|kingdom of bahrain
BI	burundi|бурунди|μπουρουντι|бурунді|burundija|burundis|ブルンジ|布隆迪|蒲隆地|부룬디
BI	بوروندي|בורונדי|बुरुंडी|บุรุนดี|republic of burundi
BJ	benin|бенин|μπενιν|бенін|benina|beninas|ベナン|贝宁|貝南|베냉|بنين|בנין|बेनिन|เบนิน
BJ	republic of benin
BL	st barthelemy|saint barthelemy|san bartolome|sao bartolomeu|s:t barthelemy
BL	svaty bartolomej|сен бартелеми|αγιοσ βαρθολομαιοσ|сен бартелемі|sveti bartolomej
BL	senbartelmi|sen bartelemi|サン・バルテルミー|圣巴泰勒米|聖巴瑟米|생바르텔레미
BL	سان بارتليمي|סנט ברתולומיאו|सेंट बार्थेलेमी|เซนต์บาร์เธเลมี
BM	bermuda|bermudes|bermudas|bermudy|бермудски острови|βερμουδεσ|бермудские о ва
BM	бермудські острови|bermudi|bermudu salas|バミューダ|百慕大|百慕達|버뮤다|برمودا|ברמודה
BM	बरमूडा|เบอร์มิวดา
BN	brunei|brunei darussalam|brunej|брунеи даруссалам|μπρουνει|брунеи|bruneja|brunejus
BN	ブルネイ|文莱|汶萊|브루나이|بروناي|ברוניי|ब्रूनेई|บรูไน
BO	bolivia|bolivien|bolivie|boliwia|боливия|βολιβια|bolivya|болівія|bolivija|boliivia
BO	ボリビア|玻利维亚|玻利維亞|볼리비아|بوليفيا|בוליביה|बोलीविया|โบลิเวีย
BO	bolivia plurinational state of|plurinational state of bolivia
BQ	caribbean netherlands|karibische niederlande|pays bas caribeens|caribe neerlandes
BQ	caraibi olandesi|paises baixos caribenhos|caribisch nederland|karibiska nederlanderna
BQ	de tidligere nederlandske antiller|karibian alankomaat|niderlandy karaibskie
BQ	karibske nizozemsko|karibske holandsko|holland karib terseg|insulele caraibe olandeze
BQ	карибска нидерландия|ολλανδια καραιβικησ|karayip hollandası|бонэир синт эстатиус и саба
BQ	карибські нідерланди|karipski otoci nizozemske|nizozemski karibi|kariibi madalmaad
BQ	niderlandes karibu salas|karibu nyderlandai|オランダ領カリブ|荷属加勒比区|荷蘭加勒比區
BQ	네덜란드령 카리브|هولندا الكاريبية|האיים הקריביים ההולנדיים|कैरिबियन नीदरलैंड
BQ	เนเธอร์แลนด์แคริบเบียน|belanda karibia|bonaire sint eustatius and saba
BR	brazil|brasilien|bresil|brasil|brasile|brazilie|brasilia|brazylia|brazilia|бразилия
BR	βραζιλια|brezilya|бразилія|brazilija|brasiilia|ブラジル|巴西|브라질|البرازيل|ברזיל
BR	ब्राज़ील|บราซิล|federative republic of brazil
BS	bahamas|bahama's|bahama|bahamy|bahama szigetek|бахамски острови|μπαχαμεσ|bahamalar
BS	багамы|багамські острови|bahami|bahamu salas|bahamos|バハマ|巴哈马|巴哈馬|바하마
BS	جزر البهاما|איי בהאמה|बहामास|บาฮามาส|commonwealth of the bahamas
BT	bhutan|bhoutan|butan|butao|бутан|μπουταν|butana|butanas|ブータン|不丹|부탄|بوتان|בהוטן
BT	भूटान|ภูฏาน|kingdom of bhutan
BV	bouvet island|bouvetinsel|ile bouvet|isla bouvet|isola bouvet|ilha bouvet|bouveteiland
BV	bouveton|bouvetøen|bouvet'nsaari|wyspa bouveta|bouvetuv ostrov|bouvetov ostrov
BV	bouvet sziget|insula bouvet|остров буве|νησοσ μπουβε|bouvet adası|о в буве|острів буве
BV	otok bouvet|bouvetov otok|bouvet' saar|buve sala|ブーベ島|布韦岛|布威島|부베섬
BV	جزيرة بوفيه|האי בובה|बोवेत द्वीप|เกาะบูเว|pulau bouvet
BW	botswana|botsuana|ботсвана|μποτσουανα|botsvana|bocvana|ボツワナ|博茨瓦纳|波札那
BW	보츠와나|بوتسوانا|בוטסואנה|बोत्स्वाना|บอตสวานา|republic of botswana
BY	belarus|bielorussie|bielorrusia|bielorussia|bielorrussia|valko venaja|białorus
BY	belorusko|bielorusko|belarusz|беларус|λευκορωσια|беларусь|білорусь|bjelorusija
BY	belorusija|valgevene|baltkrievija|baltarusija|ベラルーシ|白俄罗斯|白俄羅斯|벨라루스
BY	بيلاروس|בלארוס|बेलारूस|เบลารุส|republic of belarus
BZ	belize|belice|белиз|μπελιζ|беліз|beliza|belizas|ベリーズ|伯利兹|貝里斯|벨리즈|بليز|בליז
BZ	बेलीज़|เบลีซ
CA	canada|kanada|канада|καναδασ|カナダ|加拿大|캐나다|كندا|קנדה|कनाडा|แคนาดา
CC	cocos keeling islands|cocos|kokosinseln|iles cocos|islas cocos|isole cocos keeling
CC	isole cocos|ilhas cocos keeling|ilhas cocos|cocoseilanden|kokosoarna|cocosøerne
CC	kookossaaret keelingsaaret|kookossaaret|wyspy kokosowe|kokosove ostrovy
CC	kokusz keeling szigetek|kokusz|insulele cocos keeling|insulele cocos
CC	кокосови острови острови киилинг|кокосови острови|νησοι κοκοσ κιλινγκ|νησοι κοκοσ
CC	cocos keeling adaları|кокосовые о ва|кокосові кілінг острови|кокосові
CC	kokosovi keelingovi otoci|kokosovi|kokosovi otoki|kookossaared|kokosu kilinga salas
CC	kokosu|kokosu kilingo salos|ココス キーリング 諸島|ココス|科科斯 基林 群岛
CC	科克斯 基靈 群島|코코스 제도|جزر كوكوس كيلينغ|جزر كوكوس|איי קוקוס קילינג|איי קוקוס
CC	कोकोस कीलिंग द्वीपसमूह|कोकोस|หมู่เกาะโคโคส คีลิง|หมู่เกาะโคโคส|kepulauan cocos keeling
CC	kepulauan cocos
CD	congo kinshasa|kongo kinshasa|republica democratica del congo
CD	kongon demokraattinen tasavalta|demokratyczna republika konga
CD	konzska demokraticka republika|конго киншаса|конго|κονγκο κινσασα|kongo kinsasa
CD	конго кіншаса|demokraticna republika kongo|kongo dv|kongas kinsasa
CD	コンゴ民主共和国 キンシャサ|コンゴ民主共和国|刚果 金|剛果 金夏沙|콩고 킨샤사
CD	الكونغو كينشاسا|קונגו קינשאסה|कांगो किंशासा|คองโก กินชาซา
CD	congo the democratic republic of the
CF	central african republic|zentralafrikanische republik|republique centrafricaine
CF	republica centroafricana|repubblica centrafricana|republica centro africana
CF	centraal afrikaanse republiek|centralafrikanska republiken
CF	den centralafrikanske republik|keski afrikan tasavalta|republika srodkowoafrykanska
CF	stredoafricka republika|kozep afrikai koztarsasag|republica centrafricana
CF	централноафриканска република|κεντροαφρικανικη δημοκρατια|orta afrika cumhuriyeti
CF	центрально африканская республика|центральноафриканська республіка
CF	srednjoafricka republika|srednjeafriska republika|kesk aafrika vabariik
CF	centralafrikas republika|centrines afrikos respublika|中央アフリカ共和国|中非共和国
CF	中非共和國|중앙 아프리카 공화국|جمهورية أفريقيا الوسطى|הרפובליקה המרכז אפריקאית
CF	मध्य अफ़्रीकी गणराज्य|สาธารณรัฐแอฟริกากลาง|republik afrika tengah
CG	congo brazzaville|kongo brazzaville|congo|republica do congo|kongon tasavalta|kongo
CG	konzska republika|конго бразавил|κονγκο μπραζαβιλ|kongo brazavil|конго браззавиль
CG	конго браззавіль|kongo vabariik|kongo brazavila|kongas brazavilis
CG	コンゴ共和国 ブラザビル|コンゴ共和国|刚果 布|剛果 布拉薩|콩고 브라자빌|الكونغو برازافيل
CG	קונגו ברזאויל|कांगो ब्राज़ाविल|คองโก บราซซาวิล|republic of the congo
CH	switzerland|schweiz|suisse|suiza|svizzera|suica|zwitserland|sveitsi|szwajcaria
CH	svycarsko|svajciarsko|svajc|elvetia|швеицария|ελβετια|isvicre|швеицарія|svicarska|svica
CH	sveits|sveice|sveicarija|スイス|瑞士|스위스|سويسرا|שווייץ|स्विट्ज़रलैंड|สวิตเซอร์แลนด์
CH	swiss|swiss confederation
CI	cote d'ivoire|costa d'avorio|costa do marfim|ivoorkust|elfenbenskusten|elfenbenskysten
CI	norsunluurannikko|pobrezi slonoviny|pobrezie slonoviny|elefantcsontpart|кот д'ивоар
CI	ακτη ελεφαντοστου|кот д'ивуар|кот д'івуар|obala bjelokosti|slonokoscena obala
CI	elevandiluurannik|kotdivuara|dramblio kaulo krantas|コートジボワール|科特迪瓦|象牙海岸
CI	코트디부아르|ساحل العاج|חוף השנהב|कोत दिवुआर|โกตดิวัวร์|republic of cote d'ivoire
CK	cook islands|cookinseln|iles cook|islas cook|isole cook|ilhas cook|cookeilanden
CK	cookoarna|cookøerne|cookinsaaret|wyspy cooka|cookovy ostrovy|cookove ostrovy
CK	cook szigetek|insulele cook|острови кук|νησοι κουκ|cook adaları|о ва кука|острови кука
CK	cookovi otoci|cookovi otoki|cooki saared|kuka salas|kuko salos|クック諸島|库克群岛
CK	庫克群島|쿡 제도|جزر كوك|איי קוק|कुक द्वीपसमूह|หมู่เกาะคุก|kepulauan cook
CL	chile|chili|cile|чили|χιλη|sili|чилі|tsiili|チリ|智利|칠레|تشيلي|צ׳ילה|चिली|ชิลี
CL	republic of chile
CM	cameroon|kamerun|cameroun|camerun|camaroes|kameroen|камерун|καμερουν|kameruna|kamerunas
CM	カメルーン|喀麦隆|喀麥隆|카메룬|الكاميرون|קמרון|कैमरून|แคเมอรูน|republic of cameroon
CN	china|chine|cina|kina|kiina|chiny|китаи|κινα|cin|kitajska|hiina|kinija|中国|中國|중국
CN	الصين|סין|चीन|จีน|tiongkok|people's republic of china
CO	colombia|kolumbien|colombie|kolumbia|kolumbie|columbia|колумбия|κολομβια|kolombiya
CO	колумбія|kolumbija|コロンビア|哥伦比亚|哥倫比亞|콜롬비아|كولومبيا|קולומביה|कोलंबिया
CO	โคลอมเบีย|kolombia|republic of colombia
CR	costa rica|kostaryka|kostarika|коста рика|κοστα ρικα|kosta rika|コスタリカ|哥斯达黎加
CR	哥斯大黎加|코스타리카|كوستاريكا|קוסטה ריקה|कोस्टारिका|คอสตาริกา|republic of costa rica
CU	cuba|kuba|kuuba|куба|κουβα|キューバ|古巴|쿠바|كوبا|קובה|क्यूबा|คิวบา|republic of cuba
CV	cape verde|cabo verde|cap vert|capo verde|kaapverdie|kap verde
CV	republika zielonego przyladka|kapverdy|zold foki koztarsasag|capul verde|кабо верде
CV	πρασινο ακρωτηριο|zelenortska republika|zelenortski otoki|roheneemesaared|kaboverde
CV	zaliasis kysulys|カーボベルデ|佛得角|維德角|카보베르데|الرأس الأخضر|כף ורדה|केप वर्ड
CV	เคปเวิร์ด|tanjung verde|republic of cabo verde
CW	curacao|curazao|кюрасао|κουρασαο|kirasao|kiurasao|キュラソー|库拉索|庫拉索|퀴라소
CW	كوراساو|קוראסאו|कुरासाओ|คูราเซา
CX	christmas island|weihnachtsinsel|ile christmas|isla de navidad|isola christmas
CX	ilha christmas|christmaseiland|julon|juleøen|joulusaari|wyspa bozego narodzenia
CX	vanocni ostrov|vianocny ostrov|karacsony sziget|insula christmas|остров рождество
CX	νησοσ των χριστουγεννων|christmas adası|о в рождества|острів різдва|bozicni otok
CX	joulusaar|ziemsvetku sala|kaledu sala|クリスマス島|圣诞岛|聖誕島|크리스마스섬
CX	جزيرة كريسماس|אי חג המולד|क्रिसमस द्वीप|เกาะคริสต์มาส|pulau natal
CY	cyprus|zypern|chypre|chipre|cipro|cypern|kypros|cypr|kypr|ciprus|cipru|кипър|κυπροσ
CY	kıbrıs|кипр|кіпр|cipar|ciper|kupros|kipra|kipras|キプロス|塞浦路斯|賽普勒斯|키프로스
CY	قبرص|קפריסין|साइप्रस|ไซปรัส|siprus|republic of cyprus
CZ	czechia|tschechien|tchequie|chequia|cechia|tchequia|tsjechie|tjeckien|tjekkiet|tsekki
CZ	czechy|cesko|csehorszag|cehia|чехия|τσεχια|cekya|чехія|ceska|tsehhi|cehija|cekija
CZ	チェコ|捷克|체코|التشيك|צ׳כיה|चेकिया|เช็ก|ceko|czech republic
DE	germany|deutschland|allemagne|alemania|germania|alemanha|duitsland|tyskland|saksa
DE	niemcy|nemecko|nemetorszag|германия|γερμανια|almanya|німеччина|njemacka|nemcija
DE	saksamaa|vacija|vokietija|ドイツ|德国|德國|독일|ألمانيا|גרמניה|जर्मनी|เยอรมนี|jerman
DE	federal republic of germany
DJ	djibouti|dschibuti|yibuti|gibuti|djibuti|dzibuti|dzibutsko|dzsibuti|джибути|τζιμπουτι
DJ	cibuti|джибуті|dzibutija|dzibutis|ジブチ|吉布提|吉布地|지부티|جيبوتي|ג׳יבוטי|जिबूती
DJ	จิบูตี|jibuti|republic of djibouti
DK	denmark|danemark|dinamarca|danimarca|denemarken|danmark|tanska|dania|dansko|danemarca
DK	дания|δανια|danimarka|данія|danska|taani|danija|デンマーク|丹麦|丹麥|덴마크|الدانمرك
DK	דנמרק|डेनमार्क|เดนมาร์ก|kingdom of denmark
DM	dominica|dominique|dominika|доминика|ντομινικα|домініка|ドミニカ国|多米尼克|도미니카
DM	دومينيكا|דומיניקה|डोमिनिका|โดมินิกา|commonwealth of dominica
DO	dominican republic|dominikanische republik|republique dominicaine|republica dominicana
DO	repubblica dominicana|dominicaanse republiek|dominikanska republiken
DO	den dominikanske republik|dominikaaninen tasavalta|dominikana|dominikanska republika
DO	dominikai koztarsasag|доминиканска република|δομινικανη δημοκρατια|dominik cumhuriyeti
DO	доминиканская республика|домініканська республіка|dominikaani vabariik
DO	dominikos respublika|ドミニカ共和国|多米尼加共和国|多明尼加共和國|도미니카 공화국
DO	جمهورية الدومينيكان|הרפובליקה הדומיניקנית|डोमिनिकन गणराज्य|สาธารณรัฐโดมินิกัน
DO	republik dominika
DZ	algeria|algerien|algerie|argelia|algerije|algeriet|algieria|alzirsko|алжир|αλγερια
DZ	cezayir|alzir|alzirija|alzeeria|alzyras|アルジェリア|阿尔及利亚|阿爾及利亞|알제리
DZ	الجزائر|אלג׳יריה|अल्जीरिया|แอลจีเรีย|aljazair|people's democratic republic of algeria
EC	ecuador|equateur|equador|ekwador|ekvador|еквадор|ισημερινοσ|эквадор|ekvadora|ekvadoras
EC	エクアドル|厄瓜多尔|厄瓜多|에콰도르|الإكوادور|אקוודור|इक्वाडोर|เอกวาดอร์|ekuador
EC	republic of ecuador
EE	estonia|estland|estonie|viro|estonsko|esztorszag|естония|εσθονια|estonya|эстония
EE	естонія|estonija|eesti|igaunija|estija|エストニア|爱沙尼亚|愛沙尼亞|에스토니아|إستونيا
EE	אסטוניה|एस्टोनिया|เอสโตเนีย|republic of estonia
EG	egypt|agypten|egypte|egipto|egitto|egito|egypten|egypti|egipt|egyiptom|египет|αιγυπτοσ
EG	mısır|єгипет|egipat|egiptus|egipte|egiptas|エジプト|埃及|이집트|مصر|מצרים|मिस्र|อียิปต์
EG	mesir|arab republic of egypt
EH	western sahara|westsahara|sahara occidental|sahara occidentale|saara ocidental
EH	westelijke sahara|vastsahara|vestsahara|lansi sahara|sahara zachodnia|zapadni sahara
EH	zapadna sahara|nyugat szahara|sahara occidentala|западна сахара|δυτικη σαχαρα
EH	batı sahra|западная сахара|західна сахара|zahodna sahara|laane sahara|rietumsahara
EH	vakaru sachara|西サハラ|西撒哈拉|서사하라|الصحراء الغربية|סהרה המערבית|पश्चिमी सहारा
EH	ซาฮาราตะวันตก|sahara barat
ER	eritrea|erythree|eritreia|erytrea|eritreea|еритрея|ερυθραια|eritre|эритрея|eritreja
ER	エリトリア|厄立特里亚|厄利垂亞|에리트리아|إريتريا|אריתריאה|इरिट्रिया|เอริเทรีย
ER	state of eritrea
ES	spain|spanien|espagne|espana|spagna|espanha|spanje|espanja|hiszpania|spanelsko
ES	spanielsko|spanyolorszag|spania|испания|ισπανια|ispanya|іспанія|spanjolska|spanija
ES	hispaania|ispanija|スペイン|西班牙|스페인|إسبانيا|ספרד|स्पेन|สเปน|spanyol
ES	kingdom of spain
ET	ethiopia|athiopien|ethiopie|etiopia|etiopien|etiopie|етиопия|αιθιοπια|etiyopya|эфиопия
ET	ефіопія|etiopija|etioopia|エチオピア|埃塞俄比亚|衣索比亞|에티오피아|إثيوبيا|אתיופיה
ET	इथियोपिया|เอธิโอเปีย|federal democratic republic of ethiopia
FI	finland|finnland|finlande|finlandia|suomi|finsko|finnorszag|finlanda|финландия
FI	φινλανδια|finlandiya|финляндия|фінляндія|finska|soome|somija|suomija|フィンランド|芬兰
FI	芬蘭|핀란드|فنلندا|פינלנד|फ़िनलैंड|ฟินแลนด์|republic of finland
FJ	fiji|fidschi|fidji|fiyi|figi|fidzi|fidzsi|фиджи|φιτζι|фіджі|fidzis|フィジー|斐济|斐濟
FJ	피지|فيجي|פיג׳י|फ़िजी|ฟิจิ|republic of fiji
FK	falkland islands|falklandinseln|iles malouines|islas malvinas|isole falkland
FK	ilhas malvinas|falklandeilanden|falklandsoarna|falklandsøerne|falklandinsaaret
FK	falklandy|falklandske ostrovy|falkland szigetek|insulele falkland|фолкландски острови
FK	νησοι φοκλαντ|falkland adaları|фолклендские о ва|фолклендські острови|falklandski otoci
FK	falklandski otoki|falklandi saared|folklenda salas|folklando salos|フォークランド諸島
FK	福克兰群岛|福克蘭群島|포클랜드 제도|جزر فوكلاند|איי פוקלנד|फ़ॉकलैंड द्वीपसमूह
FK	หมู่เกาะฟอล์กแลนด์|kepulauan falkland|falkland islands malvinas
FM	micronesia|mikronesien|micronesie|mikronesia|mikronezja|mikronesie|mikronezia
FM	micronezia|микронезия|μικρονησια|mikronezya|федеративные штаты микронезии|мікронезія
FM	mikronezija|mikroneesia|ミクロネシア連邦|密克罗尼西亚|密克羅尼西亞|미크로네시아
FM	ميكرونيزيا|מיקרונזיה|माइक्रोनेशिया|ไมโครนีเซีย|micronesia federated states of
FM	federated states of micronesia
FO	faroe islands|faroer|iles feroe|islas feroe|isole fær øer|ilhas faroe|faeroer|faroarna
FO	færøerne|farsaaret|wyspy owcze|faerske ostrovy|feroer szigetek|insulele feroe
FO	фарьорски острови|νησοι φεροεσ|faroe adaları|фарерские о ва|фарерські острови
FO	farski otoci|ferski otoki|faari saared|feru salas|fareru salos|フェロー諸島|法罗群岛
FO	法羅群島|페로 제도|جزر فارو|איי פארו|फ़ेरो द्वीपसमूह|หมู่เกาะแฟโร|kepulauan faroe
FR	france|frankreich|francia|franca|frankrijk|frankrike|frankrig|ranska|francja|francie
FR	francuzsko|franciaorszag|franta|франция|γαλλια|fransa|франція|francuska|francija
FR	prantsusmaa|prancuzija|フランス|法国|法國|프랑스|فرنسا|צרפת|फ़्रांस|ฝรั่งเศส|prancis
FR	french republic
GA	gabon|gabun|gabao|габон|γκαμπον|gabona|gabonas|ガボン|加蓬|加彭|가봉|الغابون|גבון|गैबॉन
GA	กาบอง|gabonese republic
GB	united kingdom|vereinigtes konigreich|royaume uni|reino unido|regno unito
GB	verenigd koninkrijk|storbritannien|iso britannia|wielka brytania|spojene kralovstvi
GB	spojene kralovstvo|egyesult kiralysag|regatul unit|обединеното кралство
GB	ηνωμενο βασιλειο|birlesik krallık|великобритания|велика британія|ujedinjeno kraljevstvo
GB	zdruzeno kraljestvo|uhendkuningriik|apvienota karaliste|jungtine karalyste|イギリス
GB	英国|英國|영국|المملكة المتحدة|בריטניה|यूनाइटेड किंगडम|สหราชอาณาจักร|inggris raya
GB	united kingdom of great britain and northern ireland
GD	grenada|grenade|granada|гренада|γρεναδα|グレナダ|格林纳达|格瑞那達|그레나다|غرينادا
GD	גרנדה|ग्रेनाडा|เกรเนดา
GE	georgia|georgien|georgie|gruzja|gruzie|gruzinsko|gruzia|грузия|γεωργια|gurcistan|грузія
GE	gruzija|gruusia|ジョージア|格鲁吉亚|喬治亞|조지아|جورجيا|גאורגיה|जॉर्जिया|จอร์เจีย
GF	french guiana|franzosisch guayana|guyane francaise|guayana francesa|guyana francese
GF	guiana francesa|frans guyana|franska guyana|fransk guyana|ranskan guayana
GF	gujana francuska|francouzska guyana|francuzska guyana|francia guyana|guyana franceza
GF	френска гвиана|γαλλικη γουιανα|fransız guyanası|французская гвиана|французька гвіана
GF	francuska gijana|francoska gvajana|prantsuse guajaana|francijas gviana
GF	prancuzijos gviana|仏領ギアナ|法属圭亚那|法屬圭亞那|프랑스령 기아나|غويانا الفرنسية
GF	גיאנה הצרפתית|फ़्रेंच गुयाना|เฟรนช์เกียนา|guyana prancis
GG	guernsey|guernesey|гърнзи|γκερνζι|гернси|гернсі|gernsija|gernsis|ガーンジー|根西岛|根息
GG	건지|غيرنزي|גרנזי|गर्नसी|เกิร์นซีย์
GH	ghana|gana|гана|γκανα|ガーナ|加纳|迦納|가나|غانا|גאנה|घाना|กานา|republic of ghana
GI	gibraltar|gibilterra|гибралтар|γιβραλταρ|cebelitarık|гібралтар|gibraltars|gibraltaras
GI	ジブラルタル|直布罗陀|直布羅陀|지브롤터|جبل طارق|גיברלטר|जिब्राल्टर|ยิบรอลตาร์
GL	greenland|gronland|groenland|groenlandia|grønland|gronlanti|grenlandia|gronsko
GL	groenlanda|гренландия|γροιλανδια|гренландія|grenland|grenlandija|groonimaa|grenlande
GL	グリーンランド|格陵兰|格陵蘭|그린란드|غرينلاند|גרינלנד|ग्रीनलैंड|กรีนแลนด์
GM	gambia|gambie|гамбия|γκαμπια|gambiya|гамбія|gambija|ガンビア|冈比亚|甘比亞|감비아
GM	غامبيا|גמביה|गाम्बिया|แกมเบีย|republic of the gambia
GN	guinea|guinee|guine|gwinea|guineea|гвинея|γουινεα|gine|гвінея|gvineja|ギニア|几内亚
GN	幾內亞|기니|غينيا|גינאה|गिनी|กินี|republic of guinea
GP	guadeloupe|guadalupe|guadalupa|gwadelupa|guadelupa|гваделупа|γουαδελουπη|gvadelup
GP	gvadelupa|グアドループ|瓜德罗普|瓜地洛普|과들루프|غوادلوب|גוואדלופ|ग्वाडेलूप|กวาเดอลูป
GQ	equatorial guinea|aquatorialguinea|guinee equatoriale|guinea ecuatorial
GQ	guinea equatoriale|guine equatorial|equatoriaal guinea|ekvatorialguinea
GQ	ækvatorialguinea|paivantasaajan guinea|gwinea rownikowa|rovnikova guinea
GQ	egyenlitoi guinea|guineea ecuatoriala|екваториална гвинея|ισημερινη γουινεα
GQ	ekvator ginesi|экваториальная гвинея|екваторіальна гвінея|ekvatorska gvineja
GQ	ekvatorialna gvineja|ekvatoriaal guinea|ekvatoriala gvineja|pusiaujo gvineja|赤道ギニア
GQ	赤道几内亚|赤道幾內亞|적도 기니|غينيا الاستوائية|גינאה המשוונית|इक्वेटोरियल गिनी
GQ	อิเควทอเรียลกินี|guinea ekuatorial|republic of equatorial guinea
GR	greece|griechenland|grece|grecia|griekenland|grekland|grækenland|kreikka|grecja|recko
GR	grecko|gorogorszag|гърция|ελλαδα|yunanistan|греция|греція|grcka|grcija|kreeka|griekija
GR	graikija|ギリシャ|希腊|希臘|그리스|اليونان|יוון|यूनान|กรีซ|yunani|hellenic republic
GS	south georgia and south sandwich islands|sudgeorgien und die sudlichen sandwichinseln
GS	georgie du sud et les iles sandwich du sud|islas georgia del sur y sandwich del sur
GS	georgia del sud e sandwich australi|ilhas georgia do sul e sandwich do sul
GS	zuid georgia en zuidelijke sandwicheilanden|sydgeorgien och sydsandwichoarna
GS	south georgia og de sydlige sandwichøer|etela georgia ja etelaiset sandwichinsaaret
GS	georgia południowa i sandwich południowy|jizni georgie a jizni sandwichovy ostrovy
GS	juzna georgia a juzne sandwichove ostrovy|deli georgia es deli sandwich szigetek
GS	georgia de sud si insulele sandwich de sud|южна джорджия и южни сандвичеви острови
GS	νησοι νοτια γεωργια και νοτιεσ σαντουιτσ|guney georgia ve guney sandwich adaları
GS	южная георгия и южные сандвичевы о ва|південна джорджія та південні сандвічеві острови
GS	juzna georgia i otoci juzni sandwich|juzna georgia in juzni sandwichevi otoki
GS	louna georgia ja louna sandwichi saared|dienviddzordzija un dienvidsendvicu salas
GS	pietu dzordzija ir pietu sandvico salos|サウスジョージア・サウスサンドウィッチ諸島
GS	南乔治亚和南桑威奇群岛|南喬治亞與南三明治群島|사우스조지아 사우스샌드위치 제도
GS	جورجيا الجنوبية وجزر ساندويتش الجنوبية|ג׳ורג׳יה הדרומית ואיי סנדוויץ׳ הדרומיים
GS	दक्षिण जॉर्जिया और दक्षिण सैंडविच द्वीपसमूह|เกาะเซาท์จอร์เจียและหมู่เกาะเซาท์แซนด์วิช
GS	georgia selatan and kep sandwich selatan|south georgia and the south sandwich islands
GT	guatemala|gwatemala|гватемала|γουατεμαλα|gvatemala|グアテマラ|危地马拉|瓜地馬拉
GT	과테말라|غواتيمالا|גואטמלה|ग्वाटेमाला|กัวเตมาลา|republic of guatemala
GU	guam|гуам|γκουαμ|gvam|guama|guamas|グアム|关岛|關島|괌|غوام|גואם|गुआम|กวม
GW	guinea bissau|guinee bissau|guinea bisau|guine bissau|gwinea bissau|bissau guinea
GW	guineea bissau|гвинея бисау|γουινεα μπισαου|gine bissau|гвінея бісау|gvineja bisau
GW	gvineja bissau|gvineja bisava|bisau gvineja|ギニアビサウ|几内亚比绍|幾內亞比索
GW	기니비사우|غينيا بيساو|גינאה ביסאו|गिनी बिसाउ|กินี บิสเซา|republic of guinea bissau
GY	guyana|guiana|gujana|гаяна|γουιανα|гаиана|gvajana|gajana|ガイアナ|圭亚那|蓋亞那
GY	가이아나|غيانا|גיאנה|गुयाना|กายอานา|republic of guyana
HK	hong kong sar china|sonderverwaltungsregion hongkong|r a s chinoise de hong kong
HK	rae de hong kong china|rae de hong kong|ras di hong kong|hong kong rae da china
HK	hongkong sar van china|hongkong sar|sar hongkong|hongkong kiinan erityishallintoalue
HK	sra hongkong chiny|sra hongkong|hongkong zao ciny|hongkong oao ciny|hongkong kkt
HK	r a s hong kong china|хонконг сар на китаи|χονγκ κονγκ εδπ κινασ|cin hong kong oib
HK	гонконг сар|гонконг|гонконг оар китаю|pup hong kong kina
HK	posebno upravno obmocje ljudske republike kitajske hongkong|hongkongi erihalduspiirkond
HK	kinas ipasas parvaldes apgabals honkonga
HK	ypatingasis administracinis kinijos regionas honkongas|中華人民共和国香港特別行政区
HK	中国香港特别行政区|中國香港特別行政區|홍콩 중국 특별행정구|홍콩
HK	هونغ كونغ الصينية منطقة إدارية خاصة|هونغ كونغ الصينية|הונג קונג אזור מנהלי מיוחד של סין
HK	הונג קונג|हाँग काँग चीन विशेष प्रशासनिक क्षेत्र|हाँग काँग
HK	เขตปกครองพิเศษฮ่องกงแห่งสาธารณรัฐประชาชนจีน|hong kong dak tiongkok|hong kong
HK	hong kong special administrative region of china
HM	heard island and mcdonald islands|heard und mcdonaldinseln|iles heard et macdonald
HM	islas heard y mcdonald|isole heard e mcdonald|ilhas heard e mcdonald
HM	heard en mcdonaldeilanden|heardon och mcdonaldoarna|heard island og mcdonald islands
HM	heard ja mcdonaldinsaaret|wyspy heard i mcdonalda|hearduv ostrov a mcdonaldovy ostrovy
HM	heardov ostrov a macdonaldove ostrovy|heard sziget es mcdonald szigetek
HM	insula heard si insulele mcdonald|острови хърд и макдоналд|νησοι χερντ και μακντοναλντ
HM	heard adası ve mcdonald adaları|о ва херд и макдональд|острови герд і макдоналд
HM	otoci heard i mcdonald|heardov otok in mcdonaldovi otoki|heardi ja mcdonaldi saared
HM	herda sala un makdonalda salas|herdo ir makdonaldo salos|ハード島・マクドナルド諸島
HM	赫德岛和麦克唐纳群岛|赫德島及麥唐納群島|허드 맥도널드 제도|جزيرة هيرد وجزر ماكدونالد
HM	איי הרד ומקדונלד|हर्ड द्वीप और मैकडोनॉल्ड द्वीपसमूह|เกาะเฮิร์ดและหมู่เกาะแมกดอนัลด์
HM	pulau heard dan kepulauan mcdonald
HN	honduras|хондурас|ονδουρα|гондурас|hondurasa|ホンジュラス|洪都拉斯|宏都拉斯|온두라스
HN	هندوراس|הונדורס|होंडूरास|ฮอนดูรัส|republic of honduras
HR	croatia|kroatien|croatie|croacia|croazia|kroatie|kroatia|chorwacja|chorvatsko
HR	horvatorszag|хърватия|κροατια|hırvatistan|хорватия|хорватія|hrvatska|hrvaska|horvaatia
HR	horvatija|kroatija|クロアチア|克罗地亚|克羅埃西亞|크로아티아|كرواتيا|קרואטיה|क्रोएशिया
HR	โครเอเชีย|kroasia|republic of croatia
HT	haiti|хаити|αιτη|гаити|гаіті|haitis|ハイチ|海地|아이티|هايتي|האיטי|हैती|เฮติ
HT	republic of haiti
HU	hungary|ungarn|hongrie|hungria|ungheria|hongarije|ungern|unkari|wegry|madarsko
HU	magyarorszag|ungaria|унгария|ουγγαρια|macaristan|венгрия|угорщина|mađarska|madzarska
HU	ungari|ungarija|vengrija|ハンガリー|匈牙利|헝가리|هنغاريا|הונגריה|हंगरी|ฮังการี
HU	hungaria
ID	indonesia|indonesien|indonesie|indonezja|indonezia|индонезия|ινδονησια|endonezya
ID	індонезія|indonezija|indoneesia|インドネシア|印度尼西亚|印尼|인도네시아|إندونيسيا
ID	אינדונזיה|इंडोनेशिया|อินโดนีเซีย|republic of indonesia
IE	ireland|irland|irlande|irlanda|ierland|irlanti|irlandia|irsko|irorszag|ирландия
IE	ιρλανδια|ірландія|irska|iirimaa|irija|airija|アイルランド|爱尔兰|愛爾蘭|아일랜드
IE	أيرلندا|אירלנד|आयरलैंड|ไอร์แลนด์
IL	israel|israele|izrael|израел|ισραηλ|israil|израиль|ізраіль|iisrael|izraela|izraelis
IL	イスラエル|以色列|이스라엘|إسرائيل|ישראל|इज़राइल|อิสราเอล|state of israel
IM	isle of man|ile de man|isla de man|isola di man|ilha de man|mansaari|wyspa man
IM	ostrov man|man sziget|insula man|остров ман|νησοσ του μαν|man adası|о в мэн|острів мен
IM	otok man|mani saar|menas sala|meno sala|マン島|马恩岛|曼島|맨섬|جزيرة مان|האי מאן
IM	आइल ऑफ़ मैन|เกาะแมน|pulau man
IN	india|indien|inde|intia|indie|индия|ινδια|hindistan|індія|indija|インド|印度|인도|الهند
IN	הודו|भारत|อินเดีย|republic of india
IO	british indian ocean territory|britisches territorium im indischen ozean
IO	territoire britannique de l'ocean indien|territorio britanico del oceano indico
IO	territorio britannico dell'oceano indiano|territorio britanico do oceano indico
IO	brits indische oceaanterritorium|brittiska territoriet i indiska oceanen
IO	det britiske territorium i det indiske ocean|brittilainen intian valtameren alue
IO	brytyjskie terytorium oceanu indyjskiego|britske indickooceanske uzemi
IO	britske indickooceanske uzemie|brit indiai oceani terulet
IO	teritoriul britanic din oceanul indian|британска територия в индииския океан
IO	βρετανικα εδαφη ινδικου ωκεανου|britanya hint okyanusu toprakları
IO	британская территория в индииском океане|британська територія в індіиському океані
IO	britanski indijskooceanski teritorij|britansko ozemlje v indijskem oceanu
IO	briti india ookeani ala|indijas okeana britu teritorija|indijos vandenyno britu sritis
IO	英領インド洋地域|英属印度洋领地|英屬印度洋領地|영국령 인도양 지역
IO	الإقليم البريطاني في المحيط الهندي|הטריטוריה הבריטית באוקיינוס ההודי
IO	ब्रिटिश हिंद महासागरीय क्षेत्र|บริติชอินเดียนโอเชียนเทร์ริทอรี
IO	wilayah inggris di samudra hindia
IQ	iraq|irak|iraque|ирак|ιρακ|ірак|iraak|iraka|irakas|イラク|伊拉克|이라크|العراق|עיראק
IQ	इराक|อิรัก|republic of iraq
IR	iran|ira|иран|ιραν|іран|iraan|irana|iranas|イラン|伊朗|이란|إيران|איראן|ईरान|อิหร่าน
IR	iran islamic republic of|islamic republic of iran
IS	iceland|island|islande|islandia|islanda|ijsland|islanti|izland|исландия|ισλανδια
IS	izlanda|ісландія|islandija|アイスランド|冰岛|冰島|아이슬란드|آيسلندا|איסלנד|आइसलैंड
IS	ไอซ์แลนด์|republic of iceland
IT	italy|italien|italie|italia|włochy|taliansko|olaszorszag|италия|ιταλια|italya|італія
IT	italija|itaalia|イタリア|意大利|義大利|이탈리아|إيطاليا|איטליה|इटली|อิตาลี
IT	italian republic
JE	jersey|джърси|τζερζι|джерси|джерсі|dzersija|dzersis|ジャージー|泽西岛|澤西島|저지|جيرسي
JE	ג׳רזי|जर्सी|เจอร์ซีย์
JM	jamaica|jamaika|jamaique|giamaica|jamajka|ямаика|τζαμαικα|ジャマイカ|牙买加|牙買加
JM	자메이카|جامايكا|ג׳מייקה|जमैका|จาเมกา
JO	jordan|jordanien|jordanie|jordania|giordania|jordansko|iordania|иордания|ιορδανια|urdun
JO	иорданія|jordanija|jordaania|ヨルダン|约旦|約旦|요르단|الأردن|ירדן|जॉर्डन|จอร์แดน
JO	yordania|hashemite kingdom of jordan
JP	japan|japon|giappone|japao|japani|japonia|japonsko|япония|ιαπωνια|japonya|японія
JP	japonska|jaapan|japana|japonija|日本|일본|اليابان|יפן|जापान|ญี่ปุ่น|jepang
KE	kenya|kenia|quenia|kena|кения|κενυα|кенія|kenija|keenia|ケニア|肯尼亚|肯亞|케냐|كينيا
KE	קניה|केन्या|เคนยา|republic of kenya
KG	kyrgyzstan|kirgisistan|kirghizstan|kirguistan|kirghizistan|quirguistao|kirgizie
KG	kirgizistan|kirgisia|kirgistan|kirgizsko|kirgizisztan|kargazstan|киргизстан|κιργισταν
KG	kırgızistan|киргизия|korgozstan|kirgizstana|kirgizija|キルギス|吉尔吉斯斯坦|吉爾吉斯
KG	키르기스스탄|قيرغيزستان|קירגיזסטן|किर्गिज़स्तान|คีร์กีซสถาน|kirgizstan|kyrgyz republic
KH	cambodia|kambodscha|cambodge|camboya|cambogia|camboja|cambodja|kambodja|kambodza
KH	kambodzsa|cambodgia|камбоджа|καμποτζη|kambocya|カンボジア|柬埔寨|캄보디아|كمبوديا
KH	קמבודיה|कंबोडिया|กัมพูชา|kamboja|kingdom of cambodia
KI	kiribati|quiribati|кирибати|κιριμπατι|кірибаті|kiribatis|キリバス|基里巴斯|吉里巴斯
KI	키리바시|كيريباتي|קיריבאטי|किरिबाती|คิริบาส|republic of kiribati
KM	comoros|komoren|comores|comoras|comore|comoren|komorerna|comorerne|komorit|komory
KM	comore szigetek|коморски острови|κομορεσ|komorlar|коморы|комори|komori|komoorid
KM	komoru salas|komorai|コモロ|科摩罗|葛摩|코모로|جزر القمر|קומורו|कोमोरोस|คอโมโรส|komoro
KM	union of the comoros
KN	st kitts and nevis|st kitts und nevis|saint christophe et nieves|san cristobal y nieves
KN	saint kitts e nevis|sao cristovao e nevis|saint kitts en nevis|s:t kitts och nevis
KN	saint kitts og nevis|saint kitts ja nevis|saint kitts i nevis|svaty krystof a nevis
KN	svaty kristof a nevis|saint kitts es nevis|saint kitts si nevis|сеинт китс и невис
KN	σεν κιτσ και νεβισ|saint kitts ve nevis|сент китс и невис|сент кітс і невіс
KN	sveti kristofor i nevis|sveti kristof in nevis|sentkitsa un nevisa|sent kitsas ir nevis
KN	セントクリストファー・ネーヴィス|圣基茨和尼维斯|聖克里斯多福及尼維斯|세인트키츠 네비스
KN	سانت كيتس ونيفيس|סנט קיטס ונוויס|सेंट किट्स और नेविस|เซนต์คิตส์และเนวิส
KN	saint kitts dan nevis|saint kitts and nevis
KP	north korea|nordkorea|coree du nord|corea del norte|corea del nord|coreia do norte
KP	noord korea|pohjois korea|korea połnocna|severni korea|severna korea|eszak korea
KP	coreea de nord|северна корея|βορεια κορεα|kuzey kore|кндр|північна корея
KP	sjeverna koreja|severna koreja|pohja korea|ziemelkoreja|siaures koreja|北朝鮮|朝鲜|北韓
KP	북한|كوريا الشمالية|קוריאה הצפונית|उत्तर कोरिया|เกาหลีเหนือ|korea utara
KP	korea democratic people's republic of|democratic people's republic of korea
KR	south korea|sudkorea|coree du sud|corea del sur|corea del sud|coreia do sul|zuid korea
KR	sydkorea|etela korea|korea południowa|jizni korea|juzna korea|del korea|coreea de sud
KR	южна корея|νοτια κορεα|guney kore|республика корея|південна корея|juzna koreja
KR	louna korea|dienvidkoreja|pietu koreja|韓国|韩国|南韓|대한민국|كوريا الجنوبية
KR	קוריאה הדרומית|दक्षिण कोरिया|เกาหลีใต้|korea selatan|korea republic of
KW	kuwait|koweit|koeweit|kuwejt|kuvajt|kuvait|kuweit|кувеит|κουβειτ|kuveyt|kuveit|kuveita
KW	kuveitas|クウェート|科威特|쿠웨이트|الكويت|כווית|कुवैत|คูเวต|state of kuwait
KY	cayman islands|kaimaninseln|iles caimans|islas caiman|isole cayman|ilhas cayman
KY	kaaimaneilanden|caymanoarna|caymanøerne|caymansaaret|kajmany|kajmanske ostrovy
KY	kajmanie ostrovy|kajman szigetek|insulele cayman|каиманови острови|νησοι κειμαν
KY	cayman adaları|о ва каиман|каиманові острови|kajmanski otoci|kajmanji otoki
KY	kaimanisaared|kaimanu salas|kaimanu salos|ケイマン諸島|开曼群岛|開曼群島|케이맨 제도
KY	جزر كايمان|איי קיימן|कैमेन द्वीपसमूह|หมู่เกาะเคย์แมน|kepulauan cayman
KZ	kazakhstan|kasachstan|kazajistan|kazakistan|cazaquistao|kazachstan|kazakstan|kasakhstan
KZ	kazahsztan|kazahstan|казахстан|καζακσταν|kasahstan|kazahstana|kazachstanas|カザフスタン
KZ	哈萨克斯坦|哈薩克|카자흐스탄|كازاخستان|קזחסטן|कज़ाखस्तान|คาซัคสถาน
KZ	republic of kazakhstan
LA	laos|laosz|лаос|λαοσ|laosa|laosas|ラオス|老挝|寮國|라오스|لاوس|לאוס|लाओस|ลาว
LA	lao people's democratic republic
LB	lebanon|libanon|liban|libano|ливан|λιβανοσ|lubnan|ліван|liibanon|libana|libanas
LB	レバノン|黎巴嫩|레바논|لبنان|לבנון|लेबनान|เลบานอน|lebanese republic
LC	st lucia|sainte lucie|santa lucia|saint lucia|s:t lucia|svata lucie|svata lucia
LC	sfanta lucia|сеинт лусия|αγια λουκια|сент люсия|сент люсія|sveta lucija|sentlusija
LC	sent lusija|セントルシア|圣卢西亚|聖露西亞|세인트루시아|سانت لوسيا|סנט לוסיה
LC	सेंट लूसिया|เซนต์ลูเซีย
LI	liechtenstein|lichtenstejnsko|lichtenstajnsko|лихтенщаин|λιχτενσταιν|лихтенштеин
LI	ліхтенштеин|lihtenstajn|lihtensteina|lichtensteinas|リヒテンシュタイン|列支敦士登
LI	列支敦斯登|리히텐슈타인|ليختنشتاين|ליכטנשטיין|लिचेंस्टीन|ลิกเตนสไตน์
LI	principality of liechtenstein
LK	sri lanka|шри ланка|σρι λανκα|шрі ланка|srilanka|スリランカ|斯里兰卡|斯里蘭卡|스리랑카
LK	سريلانكا|סרי לנקה|श्रीलंका|ศรีลังกา|democratic socialist republic of sri lanka
LR	liberia|liberie|либерия|λιβερια|liberya|ліберія|liberija|libeeria|リベリア|利比里亚
LR	賴比瑞亞|라이베리아|ليبيريا|ליבריה|लाइबेरिया|ไลบีเรีย|republic of liberia
LS	lesotho|lesoto|лесото|λεσοτο|lesotas|レソト|莱索托|賴索托|레소토|ليسوتو|לסוטו|लेसोथो
LS	เลโซโท|kingdom of lesotho
LT	lithuania|litauen|lituanie|lituania|litouwen|liettua|litwa|litva|litvania|литва
LT	λιθουανια|litvanya|leedu|lietuva|リトアニア|立陶宛|리투아니아|ليتوانيا|ליטא|लिथुआनिया
LT	ลิทัวเนีย|republic of lithuania
LU	luxembourg|luxemburg|luxemburgo|lussemburgo|luksemburg|lucembursko|luxembursko
LU	люксембург|λουξεμβουργο|luksemburga|liuksemburgas|ルクセンブルク|卢森堡|盧森堡
LU	룩셈부르크|لوكسمبورغ|לוקסמבורג|लग्ज़मबर्ग|ลักเซมเบิร์ก|grand duchy of luxembourg
LV	latvia|lettland|lettonie|letonia|lettonia|letland|łotwa|lotyssko|lettorszag|латвия
LV	λετονια|letonya|латвія|latvija|lati|ラトビア|拉脱维亚|拉脫維亞|라트비아|لاتفيا|לטביה
LV	लातविया|ลัตเวีย|republic of latvia
LY	libya|libyen|libye|libia|libie|либия|λιβυη|ливия|лівія|libija|liibua|リビア|利比亚
LY	利比亞|리비아|ليبيا|לוב|लीबिया|ลิเบีย
MA	morocco|marokko|maroc|marruecos|marocco|marrocos|marocko|maroko|мароко|μαροκο|fas
MA	марокко|maroka|marokas|モロッコ|摩洛哥|모로코|المغرب|מרוקו|मोरक्को|โมร็อกโก
MA	kingdom of morocco
MC	monaco|monako|монако|μονακο|monakas|モナコ|摩纳哥|摩納哥|모나코|موناكو|מונקו|मोनाको
MC	โมนาโก|principality of monaco
MD	moldova|republik moldau|moldavie|moldavia|moldavien|mołdawia|moldavsko
MD	republica moldova|молдова|μολδαβια|moldavija|モルドバ|摩尔多瓦|摩爾多瓦|몰도바|مولدوفا
MD	מולדובה|मॉल्डोवा|มอลโดวา|moldova republic of|republic of moldova
ME	montenegro|czarnogora|cerna hora|cierna hora|muntenegru|черна гора|μαυροβουνιο|karadag
ME	черногория|чорногорія|crna gora|melnkalne|juodkalnija|モンテネグロ|黑山|蒙特內哥羅
ME	몬테네그로|الجبل الأسود|מונטנגרו|मोंटेनेग्रो|มอนเตเนโกร
MF	st martin|saint martin|san martin|sao martinho|svaty martin francie|svaty martin
MF	svaty martin fr|sfantul martin|сен мартен|αγιοσ μαρτινοσ γαλλικο τμημα|αγιοσ μαρτινοσ
MF	francoski sveti martin|senmartena|sen martenas|サン・マルタン|法属圣马丁|法屬聖馬丁
MF	생마르탱|سان مارتن|סן מרטן|सेंट मार्टिन|เซนต์มาร์ติน|saint martin french part
MG	madagascar|madagaskar|madagaszkar|мадагаскар|μαδαγασκαρη|madagaskara|madagaskaras
MG	マダガスカル|马达加斯加|馬達加斯加|마다가스카르|مدغشقر|מדגסקר|मेडागास्कर|มาดากัสการ์
MG	republic of madagascar
MH	marshall islands|marshallinseln|iles marshall|islas marshall|isole marshall
MH	ilhas marshall|marshalleilanden|marshalloarna|marshalløerne|marshallinsaaret
MH	wyspy marshalla|marshallovy ostrovy|marshallove ostrovy|marshall szigetek
MH	insulele marshall|маршалови острови|νησοι μαρσαλ|marshall adaları|маршалловы о ва
MH	маршаллові острови|marsalovi otoci|marshallovi otoki|marshalli saared|marsala salas
MH	marsalo salos|マーシャル諸島|马绍尔群岛|馬紹爾群島|마셜 제도|جزر مارشال|איי מרשל
MH	मार्शल द्वीपसमूह|หมู่เกาะมาร์แชลล์|kepulauan marshall|republic of the marshall islands
MK	north macedonia|nordmazedonien|macedoine du nord|macedonia del norte|macedonia del nord
MK	macedonia do norte|noord macedonie|nordmakedonien|pohjois makedonia|macedonia połnocna
MK	severni makedonie|severne macedonsko|eszak macedonia|macedonia de nord
MK	северна македония|βορεια μακεδονια|kuzey makedonya|северная македония
MK	північна македонія|sjeverna makedonija|severna makedonija|pohja makedoonia
MK	ziemelmakedonija|siaures makedonija|北マケドニア|北马其顿|北馬其頓|북마케도니아
MK	مقدونيا الشمالية|מקדוניה הצפונית|उत्तरी मकदूनिया|มาซิโดเนียเหนือ|makedonia utara
MK	republic of north macedonia
ML	mali|мали|μαλι|малі|malis|マリ|马里|馬利|말리|مالي|מאלי|माली|มาลี|republic of mali
MM	myanmar burma|myanmar|myanmar birmanie|myanmar birmania|mianmar birmania|mianmar
MM	myanmar birma|mjanma birma|mjanma|myanmar barma|mjanmarsko|мианмар бирма|мианмар
MM	μιανμαρ βιρμανια|μιανμαρ|мьянма бирма|мьянма|м'янма бірма|м'янма|mjanmar burma|mjanmar
MM	mianmaras birma|mianmaras|ミャンマー ビルマ|ミャンマー|缅甸|緬甸|미얀마|ميانمار بورما
MM	ميانمار|מיאנמר בורמה|מיאנמר|म्यांमार बर्मा|म्यांमार|เมียนมา พม่า|เมียนมา
MM	republic of myanmar
MN	mongolia|mongolei|mongolie|mongoliet|mongolsko|монголия|μογγολια|mogolistan|монголія
MN	mongolija|mongoolia|モンゴル|蒙古|몽골|منغوليا|מונגוליה|मंगोलिया|มองโกเลีย
MO	macao sar china|sonderverwaltungsregion macau|r a s chinoise de macao
MO	rae de macao china|rae de macao|ras di macao|macau rae da china|macau sar van china
MO	macao sar|sar macao|macao kiinan erityishallintoalue|sra makau chiny|sra makau
MO	macao zao ciny|macao oao ciny|makao kkt|r a s macao china|макао сар на китаи
MO	μακαο εδπ κινασ|cin makao oib|макао сар|макао|макао оар китаю|pup makao kina
MO	posebno upravno obmocje kitajske makav|macau erihalduspiirkond
MO	ktr ipasais administrativais regions makao
MO	ypatingasis administracinis kinijos regionas makao|中華人民共和国マカオ特別行政区
MO	中国澳门特别行政区|中國澳門特別行政區|마카오 중국 특별행정구|마카오
MO	منطقة ماكاو الإدارية الخاصة|מקאו אזור מנהלי מיוחד של סין|מקאו
MO	मकाऊ विशेष प्रशासनिक क्षेत्र चीन|मकाऊ|เขตปกครองพิเศษมาเก๊าแห่งสาธารณรัฐประชาชนจีน
MO	makau dak tiongkok|macao|macao special administrative region of china
MP	northern mariana islands|nordliche marianen|iles mariannes du nord
MP	islas marianas del norte|isole marianne settentrionali|ilhas marianas do norte
MP	noordelijke marianen|nordmarianerna|nordmarianerne|pohjois mariaanit|mariany połnocne
MP	severni mariany|severne mariany|eszaki mariana szigetek|insulele mariane de nord
MP	северни мариански острови|νησοι βορειεσ μαριανεσ|kuzey mariana adaları
MP	северные марианские о ва|північні маріанські острови|sjevernomarijanski otoci
MP	severni marianski otoki|pohja mariaanid|ziemelu marianas salas|marianos siaurines salos
MP	北マリアナ諸島|北马里亚纳群岛|北馬利安納群島|북마리아나제도|جزر ماريانا الشمالية
MP	איי מריאנה הצפוניים|उत्तरी मारियाना द्वीपसमूह|หมู่เกาะนอร์เทิร์นมาเรียนา
MP	kepulauan mariana utara|commonwealth of the northern mariana islands
MQ	martinique|martinica|martynika|martinik|мартиника|μαρτινικα|мартиніка|martinika
MQ	マルティニーク|马提尼克|馬丁尼克|마르티니크|جزر المارتينيك|מרטיניק|मार्टीनिक|มาร์ตินีก
MR	mauritania|mauretanien|mauritanie|mauretania|мавритания|μαυριτανια|moritanya|мавританія
MR	mauretanija|mavretanija|mauritaania|mauritanija|モーリタニア|毛里塔尼亚|茅利塔尼亞
MR	모리타니|موريتانيا|מאוריטניה|मॉरिटानिया|มอริเตเนีย|islamic republic of mauritania
MS	montserrat|монтсерат|μονσερατ|монтсеррат|montserrata|montseratas|モントセラト
MS	蒙特塞拉特|蒙哲臘|몬트세라트|مونتسرات|מונסראט|मोंटसेरात|มอนต์เซอร์รัต
MT	malta|malte|малта|μαλτα|мальта|マルタ|马耳他|馬爾他|몰타|مالطا|מלטה|माल्टा|มอลตา
MT	republic of malta
MU	mauritius|maurice|mauricio|mauricius|мавриции|μαυρικιοσ|маврикии|маврикіи|mauricijus
MU	mavricij|mauricija|モーリシャス|毛里求斯|模里西斯|모리셔스|موريشيوس|מאוריציוס|मॉरीशस
MU	มอริเชียส|republic of mauritius
MV	maldives|malediven|maldivas|maldive|maldiven|maldiverna|maldiverne|malediivit|malediwy
MV	maledivy|maldivy|maldiv szigetek|малдиви|μαλδιβεσ|maldivler|мальдивы|мальдіви|maldivi
MV	maldiivid|maldivija|maldyvai|モルディブ|马尔代夫|馬爾地夫|몰디브|جزر المالديف
MV	האיים המלדיביים|मालदीव|มัลดีฟส์|maladewa|republic of maldives
MW	malawi|malaui|малави|μαλαουι|malavi|малаві|malavija|malavis|マラウイ|马拉维|馬拉威
MW	말라위|ملاوي|מלאווי|मलावी|มาลาวี|republic of malawi
MX	mexico|mexiko|mexique|messico|meksiko|meksyk|mexic|мексико|μεξικο|meksika|мексика
MX	mehika|mehhiko|メキシコ|墨西哥|멕시코|المكسيك|מקסיקו|मैक्सिको|เม็กซิโก
MX	united mexican states
MY	malaysia|malaisie|malasia|maleisie|malesia|malezja|malajsie|malajzia|малаизия|μαλαισια
MY	malezya|малаизія|malezija|malaisia|malaizija|マレーシア|马来西亚|馬來西亞|말레이시아
MY	ماليزيا|מלזיה|मलेशिया|มาเลเซีย
MZ	mozambique|mosambik|mozambico|mocambique|mozambik|mozambic|мозамбик|μοζαμβικη|мозамбік
MZ	mosambiik|mozambika|mozambikas|モザンビーク|莫桑比克|莫三比克|모잠비크|موزمبيق|מוזמביק
MZ	मोज़ांबिक|โมซัมบิก|republic of mozambique
NA	namibia|namibie|намибия|ναμιμπια|namibya|намібія|namibija|namiibia|ナミビア|纳米比亚
NA	納米比亞|나미비아|ناميبيا|נמיביה|नामीबिया|นามิเบีย|republic of namibia
NC	new caledonia|neukaledonien|nouvelle caledonie|nueva caledonia|nuova caledonia
NC	nova caledonia|nieuw caledonie|nya kaledonien|ny kaledonien|uusi kaledonia
NC	nowa kaledonia|nova kaledonie|nova kaledonia|uj kaledonia|noua caledonie|нова каледония
NC	νεα καληδονια|yeni kaledonya|новая каледония|нова каледонія|nova kaledonija
NC	uus kaledoonia|jaunkaledonija|naujoji kaledonija|ニューカレドニア|新喀里多尼亚
NC	新喀里多尼亞|뉴칼레도니아|كاليدونيا الجديدة|קלדוניה החדשה|न्यू कैलेडोनिया|นิวแคลิโดเนีย
NC	kaledonia baru
NE	niger|нигер|νιγηρασ|nijer|нігер|nigera|nigeris|ニジェール|尼日尔|尼日|니제르|النيجر
NE	ניז׳ר|नाइजर|ไนเจอร์|republic of the niger
NF	norfolk island|norfolkinsel|ile norfolk|isla norfolk|isola norfolk|ilha norfolk|norfolk
NF	norfolkon|norfolkinsaari|norfolk sziget|insula norfolk|остров норфолк|νησοσ νορφολκ
NF	norfolk adası|о в норфолк|острів норфолк|otok norfolk|norfolski otok|norfolkas sala
NF	norfolko sala|ノーフォーク島|诺福克岛|諾福克島|노퍽섬|جزيرة نورفولك|האי נורפוק
NF	नॉरफ़ॉक द्वीप|เกาะนอร์ฟอล์ก|kepulauan norfolk
NG	nigeria|nigerie|нигерия|νιγηρια|nijerya|нігерія|nigerija|nigeeria|ナイジェリア|尼日利亚
NG	奈及利亞|나이지리아|نيجيريا|ניגריה|नाइजीरिया|ไนจีเรีย|federal republic of nigeria
NI	nicaragua|nikaragua|никарагуа|νικαραγουα|нікарагуа|nikaragva|ニカラグア|尼加拉瓜
NI	니카라과|نيكاراغوا|ניקרגואה|निकारागुआ|นิการากัว|republic of nicaragua
NL	netherlands|niederlande|pays bas|paises bajos|paesi bassi|paises baixos|nederland
NL	nederlanderna|nederlandene|alankomaat|holandia|nizozemsko|holandsko|hollandia
NL	tarile de jos|нидерландия|κατω χωρεσ|hollanda|нидерланды|нідерланди|nizozemska|holland
NL	niderlande|nyderlandai|オランダ|荷兰|荷蘭|네덜란드|هولندا|הולנד|नीदरलैंड|เนเธอร์แลนด์
NL	belanda|kingdom of the netherlands
NO	norway|norwegen|norvege|noruega|norvegia|noorwegen|norge|norja|norwegia|norsko|норвегия
NO	νορβηγια|norvec|норвегія|norveska|norra|norvegija|ノルウェー|挪威|노르웨이|النرويج
NO	נורווגיה|नॉर्वे|นอร์เวย์|kingdom of norway
NP	nepal|непал|νεπαλ|nepala|nepalas|ネパール|尼泊尔|尼泊爾|네팔|نيبال|נפאל|नेपाल|เนปาล
NP	federal democratic republic of nepal
NR	nauru|науру|ναουρου|ナウル|瑙鲁|諾魯|나우루|ناورو|נאורו|नाउरु|นาอูรู|republic of nauru
NU	niue|ниуе|νιουε|ниуэ|ніуе|niuje|ニウエ|纽埃|紐埃島|니우에|نيوي|ניווה|नीयू|นีอูเอ
NZ	new zealand|neuseeland|nouvelle zelande|nueva zelanda|nuova zelanda|nova zelandia
NZ	nieuw zeeland|nya zeeland|uusi seelanti|nowa zelandia|novy zeland|uj zeland
NZ	noua zeelanda|нова зеландия|νεα ζηλανδια|yeni zelanda|новая зеландия|нова зеландія
NZ	novi zeland|nova zelandija|uus meremaa|jaunzelande|naujoji zelandija|ニュージーランド
NZ	新西兰|紐西蘭|뉴질랜드|نيوزيلندا|ניו זילנד|न्यूज़ीलैंड|นิวซีแลนด์|selandia baru
OM	oman|oma|оман|ομαν|umman|omaan|omana|omanas|オマーン|阿曼|오만|عُمان|עומאן|ओमान|โอมาน
OM	sultanate of oman
PA	panama|панама|παναμασ|パナマ|巴拿马|巴拿馬|파나마|بنما|פנמה|पनामा|ปานามา
PA	republic of panama
PE	peru|perou|перу|περου|peruu|ペルー|秘鲁|秘魯|페루|بيرو|פרו|पेरू|เปรู|republic of peru
PF	french polynesia|franzosisch polynesien|polynesie francaise|polinesia francesa
PF	polinesia francese|frans polynesie|franska polynesien|fransk polynesien
PF	ranskan polynesia|polinezja francuska|francouzska polynesie|francuzska polynezia
PF	francia polinezia|polinezia franceza|френска полинезия|γαλλικη πολυνησια
PF	fransız polinezyası|французская полинезия|французька полінезія|francuska polinezija
PF	francoska polinezija|prantsuse poluneesia|francijas polinezija|prancuzijos polinezija
PF	仏領ポリネシア|法属波利尼西亚|法屬玻里尼西亞|프랑스령 폴리네시아|بولينيزيا الفرنسية
PF	פולינזיה הצרפתית|फ़्रेंच पोलिनेशिया|เฟรนช์โปลินีเซีย|polinesia prancis
PG	papua new guinea|papua neuguinea|papouasie nouvelle guinee|papua nueva guinea
PG	papua nuova guinea|papua nova guine|papoea nieuw guinea|papua nya guinea
PG	papua ny guinea|papua uusi guinea|papua nowa gwinea|papua nova guinea|papua uj guinea
PG	papua noua guinee|папуа нова гвинея|παπουα νεα γουινεα|papua yeni gine
PG	папуа новая гвинея|папуа нова гвінея|papua nova gvineja|paapua uus guinea
PG	papua jaungvineja|papua naujoji gvineja|パプアニューギニア|巴布亚新几内亚
PG	巴布亞紐幾內亞|파푸아뉴기니|بابوا غينيا الجديدة|פפואה גינאה החדשה|पापुआ न्यू गिनी
PG	ปาปัวนิวกินี|papua nugini|independent state of papua new guinea
PH	philippines|philippinen|filipinas|filippine|filipijnen|filippinerna|filippinerne
PH	filippiinit|filipiny|fulop szigetek|filipine|филипини|φιλιππινεσ|filipinler|филиппины
PH	філіппіни|filipini|filipiinid|filipinai|フィリピン|菲律宾|菲律賓|필리핀|الفلبين
PH	הפיליפינים|फ़िलिपींस|ฟิลิปปินส์|filipina|republic of the philippines
PK	pakistan|paquistao|pakisztan|пакистан|πακισταν|pakistana|pakistanas|パキスタン|巴基斯坦
PK	파키스탄|باكستان|פקיסטן|पाकिस्तान|ปากีสถาน|islamic republic of pakistan
PL	poland|polen|pologne|polonia|puola|polska|polsko|lengyelorszag|полша|πολωνια|polonya
PL	польша|польща|poljska|poola|polija|lenkija|ポーランド|波兰|波蘭|폴란드|بولندا|פולין
PL	पोलैंड|โปแลนด์|polandia|republic of poland
PM	st pierre and miquelon|st pierre und miquelon|saint pierre et miquelon
PM	san pedro y miquelon|saint pierre e miquelon|sao pedro e miquelao
PM	saint pierre en miquelon|s:t pierre och miquelon|saint pierre og miquelon
PM	saint pierre ja miquelon|saint pierre i miquelon|saint pierre a miquelon
PM	saint pierre es miquelon|saint pierre si miquelon|сен пиер и микелон
PM	σεν πιερ και μικελον|saint pierre ve miquelon|сен пьер и микелон|сен п'єр і мікелон
PM	sveti petar i mikelon|sveta peter in mihael|senpjera un mikelona
PM	sen pjeras ir mikelonas|サンピエール島・ミクロン島|圣皮埃尔和密克隆群岛
PM	聖皮埃與密克隆群島|생피에르 미클롱|سان بيير ومكويلون|סנט פייר ומיקלון
PM	सेंट पिएरे और मिक्वेलान|แซงปีแยร์และมีเกอลง|saint pierre dan miquelon
PM	saint pierre and miquelon
PN	pitcairn islands|pitcairninseln|iles pitcairn|islas pitcairn|isole pitcairn
PN	ilhas pitcairn|pitcairneilanden|pitcairnoarna|pitcairn|pitcairnovy ostrovy
PN	pitcairnove ostrovy|pitcairn szigetek|insulele pitcairn|острови питкерн|νησοι πιτκερν
PN	pitcairn adaları|о ва питкэрн|острови піткерн|pitcairnovi otoci|pitcairni saared
PN	pitkernas salas|pitkerno salos|ピトケアン諸島|皮特凯恩群岛|皮特肯群島|핏케언 제도
PN	جزر بيتكيرن|איי פיטקרן|पिटकैर्न द्वीपसमूह|หมู่เกาะพิตแคร์น|kepulauan pitcairn
PR	puerto rico|porto rico|portorico|portoryko|portoriko|пуерто рико|πουερτο ρικο
PR	porto riko|пуэрто рико|puertoriko|puerto rikas|プエルトリコ|波多黎各|푸에르토리코
PR	بورتوريكو|פוארטו ריקו|पोर्टो रिको|เปอร์โตริโก|puerto riko
PS	palestinian territories|palastinensische autonomiegebiete|territoires palestiniens
PS	territorios palestinos|territori palestinesi|palestijnse gebieden
PS	palestinska territorierna|de palæstinensiske omrader|palestiinalaisalue
PS	terytoria palestynskie|palestinska uzemi|palestinske uzemia|palesztin autonomia
PS	teritoriile palestiniene|палестински територии|παλαιστινιακα εδαφη|filistin bolgeleri
PS	палестинские территории|палестинські територіі|palestinsko podrucje|palestinsko ozemlje
PS	palestiina alad|palestinas teritorijas|palestinos teritorija|パレスチナ自治区
PS	巴勒斯坦领土|巴勒斯坦自治區|팔레스타인 지구|الأراضي الفلسطينية|השטחים הפלסטיניים
PS	फ़िलिस्तीनी क्षेत्र|ดินแดนปาเลสไตน์|wilayah palestina|palestine state of
PS	state of palestine
PT	portugal|portogallo|portugali|portugalia|portugalsko|португалия|πορτογαλια|portekiz
PT	португалія|portugalska|portugale|portugalija|ポルトガル|葡萄牙|포르투갈|البرتغال
PT	פורטוגל|पुर्तगाल|โปรตุเกส|portuguese republic
PW	palau|palaos|палау|παλαου|palav|belau|パラオ|帕劳|帛琉|팔라우|بالاو|פלאו|पलाऊ|ปาเลา
PW	republic of palau
PY	paraguay|paraguai|paragwaj|paraguaj|парагваи|παραγουαη|paragvaj|paragvaja|paragvajus
PY	パラグアイ|巴拉圭|파라과이|باراغواي|פרגוואי|पराग्वे|ปารากวัย|republic of paraguay
QA	qatar|katar|catar|катар|καταρ|katara|kataras|カタール|卡塔尔|卡達|카타르|قطر|קטאר|क़तर
QA	กาตาร์|state of qatar
RE	reunion|la reunion|riunione|reuniao|реюнион|ρεινιον|реюньон|реюньион|reinjona|reunjonas
RE	レユニオン|留尼汪|留尼旺|레위니옹|روينيون|ראוניון|रियूनियन|เรอูนียง
RO	romania|rumanien|roumanie|rumania|romenia|roemenie|rumænien|rumunia|rumunsko|румъния
RO	ρουμανια|romanya|румыния|румунія|rumunjska|romunija|rumeenia|rumanija|rumunija
RO	ルーマニア|罗马尼亚|羅馬尼亞|루마니아|رومانيا|רומניה|रोमानिया|โรมาเนีย
RS	serbia|serbien|serbie|servia|servie|srbsko|szerbia|сърбия|σερβια|sırbistan|сербия
RS	сербія|srbija|serbija|セルビア|塞尔维亚|塞爾維亞|세르비아|صربيا|סרביה|सर्बिया|เซอร์เบีย
RS	republic of serbia
RU	russia|russland|russie|rusia|rusland|ryssland|venaja|rosja|rusko|oroszorszag|русия
RU	ρωσια|rusya|россия|росія|rusija|venemaa|krievija|ロシア|俄罗斯|俄羅斯|러시아|روسيا
RU	רוסיה|रूस|รัสเซีย|russian federation
RW	rwanda|ruanda|руанда|ρουαντα|ルワンダ|卢旺达|盧安達|르완다|رواندا|רואנדה|रवांडा|รวันดา
RW	rwandese republic
SA	saudi arabia|saudi arabien|arabie saoudite|arabia saudi|arabia saudita|saoedi arabie
SA	saudiarabien|arabia saudyjska|saudska arabie|saudska arabia|szaud arabia
SA	саудитска арабия|σαουδικη αραβια|suudi arabistan|саудовская аравия|саудівська аравія
SA	saudijska arabija|saudova arabija|saudi araabia|sauda arabija|saudo arabija
SA	サウジアラビア|沙特阿拉伯|沙烏地阿拉伯|사우디아라비아|المملكة العربية السعودية
SA	ערב הסעודית|सऊदी अरब|ซาอุดีอาระเบีย|arab saudi|kingdom of saudi arabia
SB	solomon islands|salomonen|iles salomon|islas salomon|isole salomone|ilhas salomao
SB	salomonseilanden|salomonoarna|salomonøerne|salomonsaaret|wyspy salomona
SB	salamounovy ostrovy|salamunove ostrovy|salamon szigetek|insulele solomon
SB	соломонови острови|νησοι σολομωντοσ|solomon adaları|соломоновы о ва|соломонові острови
SB	salomonovi otoci|salomonovi otoki|saalomoni saared|zalamana salas|saliamono salos
SB	ソロモン諸島|所罗门群岛|索羅門群島|솔로몬 제도|جزر سليمان|איי שלמה|सोलोमन द्वीपसमूह
SB	หมู่เกาะโซโลมอน|kepulauan solomon
SC	seychelles|seychellen|seicheles|seychellerna|seychellerne|seychellit|seszele|seychely
SC	seychelle szigetek|сеишели|σευχελλεσ|seyseller|сеишельские о ва|сеишельські острови
SC	sejseli|seisellid|seiselu salas|seiseliai|セーシェル|塞舌尔|塞席爾|세이셸|سيشل
SC	איי סיישל|सेशेल्स|เซเชลส์|republic of seychelles
SD	sudan|soudan|sudao|soedan|szudan|судан|σουδαν|sudaan|sudana|sudanas|スーダン|苏丹|蘇丹
SD	수단|السودان|סודן|सूडान|ซูดาน|republic of the sudan
SE	sweden|schweden|suede|suecia|svezia|zweden|sverige|ruotsi|szwecja|svedsko|svedorszag
SE	suedia|швеция|σουηδια|isvec|швеція|svedska|rootsi|zviedrija|svedija|スウェーデン|瑞典
SE	스웨덴|السويد|שוודיה|स्वीडन|สวีเดน|swedia|kingdom of sweden
SG	singapore|singapur|singapour|singapura|szingapur|сингапур|σιγκαπουρη|сінгапур
SG	singapuras|シンガポール|新加坡|싱가포르|سنغافورة|סינגפור|सिंगापुर|สิงคโปร์
SG	republic of singapore
SH	st helena ascension and tristan da cunha|st helena|sainte helene|santa elena|sant'elena
SH	santa helena|sint helena|s:t helena|saint helena ascension ja tristan da cunha
SH	wyspa swietej heleny|svata helena|szent ilona|sfanta elena|света елена|αγια ελενη
SH	saint helena|о в св елены|острів святоі єлени|sveta helena|sv helenas sala
SH	sv elenos sala|セントヘレナ|圣赫勒拿|聖赫勒拿島|세인트헬레나|سانت هيلينا|סנט הלנה
SH	सेंट हेलेना|เซนต์เฮเลนา|saint helena ascension and tristan da cunha
SI	slovenia|slowenien|slovenie|eslovenia|slovenien|słowenia|slovinsko|szlovenia|словения
SI	σλοβενια|slovenya|словенія|slovenija|sloveenia|スロベニア|斯洛文尼亚|斯洛維尼亞
SI	슬로베니아|سلوفينيا|סלובניה|स्लोवेनिया|สโลวีเนีย|republic of slovenia
SJ	svalbard and jan mayen|spitzbergen und jan mayen|svalbard et jan mayen
SJ	svalbard y jan mayen|svalbard e jan mayen|spitsbergen en jan mayen
SJ	svalbard och jan mayen|svalbard og jan mayen|huippuvuoret ja jan mayen
SJ	svalbard i jan mayen|spicberky a jan mayen|svalbard a jan mayen|svalbard es jan mayen
SJ	svalbard si jan mayen|свалбард и ян маиен|σβαλμπαρντ και γιαν μαγιεν
SJ	svalbard ve jan mayen|шпицберген и ян маиен|шпіцберген та ян маєн|svalbard in jan mayen
SJ	svalbard ja jan mayen|svalbara un jana majena sala|svalbardas ir janas majenas
SJ	スバールバル諸島・ヤンマイエン島|斯瓦尔巴和扬马延|挪威屬斯瓦巴及尖棉
SJ	스발바르제도 얀마웬섬|سفالبارد وجان ماين|סבאלברד ויאן מאיין|स्वालबार्ड और जान मायेन
SJ	สฟาลบาร์และยานไมเอน|kepulauan svalbard dan jan mayen
SK	slovakia|slowakei|slovaquie|eslovaquia|slovacchia|slowakije|slovakien|slovakiet
SK	słowacja|slovensko|szlovakia|slovacia|словакия|σλοβακια|slovakya|словаччина|slovacka
SK	slovaska|slovakkia|slovakija|スロバキア|斯洛伐克|슬로바키아|سلوفاكيا|סלובקיה|स्लोवाकिया
SK	สโลวะเกีย|slovak republic
SL	sierra leone|sierra leona|serra leoa|сиера леоне|σιερα λεονε|сьерра леоне|сьєрра леоне
SL	sijera leone|sjerraleone|siera leone|シエラレオネ|塞拉利昂|獅子山|시에라리온|سيراليون
SL	סיירה לאון|सिएरा लियोन|เซียร์ราลีโอน|republic of sierra leone
SM	san marino|saint marin|сан марино|αγιοσ μαρινοσ|sanmarino|san marinas|サンマリノ
SM	圣马力诺|聖馬利諾|산마리노|سان مارينو|סן מרינו|सैन मेरीनो|ซานมาริโน
SM	republic of san marino
SN	senegal|szenegal|сенегал|σενεγαλη|senegala|senegalas|セネガル|塞内加尔|塞內加爾|세네갈
SN	السنغال|סנגל|सेनेगल|เซเนกัล|republic of senegal
SO	somalia|somalie|somalsko|szomalia|сомалия|σομαλια|somali|сомали|сомалі|somalija
SO	somaalia|somalis|ソマリア|索马里|索馬利亞|소말리아|الصومال|סומליה|सोमालिया|โซมาเลีย
SO	federal republic of somalia
SR	suriname|surinam|суринам|σουριναμ|surinama|surinamas|スリナム|苏里南|蘇利南|수리남
SR	سورينام|סורינאם|सूरीनाम|ซูรินาเม|republic of suriname
SS	south sudan|sudsudan|soudan du sud|sudan del sur|sud sudan|sudao do sul|zuid soedan
SS	sydsudan|etela sudan|sudan południowy|jizni sudan|juzny sudan|del szudan|sudanul de sud
SS	южен судан|νοτιο σουδαν|guney sudan|южныи судан|південнии судан|juzni sudan
SS	louna sudaan|dienvidsudana|pietu sudanas|南スーダン|南苏丹|南蘇丹|남수단|جنوب السودان
SS	דרום סודן|दक्षिण सूडान|ซูดานใต้|sudan selatan|republic of south sudan
ST	sao tome and principe|sao tome und principe|sao tome et principe|santo tome y principe
ST	sao tome e principe|sao tome en principe|sao tome och principe|sao tome og principe
ST	sao tome ja principe|wyspy swietego tomasza i ksiazeca|svaty tomas a princuv ostrov
ST	svaty tomas a princov ostrov|sao tome es principe|sao tome si principe
ST	сао томе и принсипи|σαο τομε και πρινσιπε|sao tome ve principe|сан томе и принсипи
ST	сан томе і принсіпі|sveti toma i princip|sveti tomaz in princ|santome un prinsipi
ST	san tome ir prinsipe|サントメ・プリンシペ|圣多美和普林西比|聖多美普林西比
ST	상투메 프린시페|ساو تومي وبرينسيبي|סאו טומה ופרינסיפה|साओ टोम और प्रिंसिपे
ST	เซาตูเมและปรินซิปี|sao tome dan principe|democratic republic of sao tome and principe
SV	el salvador|salvador|salwador|салвадор|ελ σαλβαδορ|сальвадор|salvadora|salvadoras
SV	エルサルバドル|萨尔瓦多|薩爾瓦多|엘살바도르|السلفادور|אל סלבדור|अल सल्वाडोर
SV	เอลซัลวาดอร์|republic of el salvador
SX	sint maarten|saint martin partie neerlandaise|svaty martin nizozemsko|svaty martin hol
SX	синт мартен|αγιοσ μαρτινοσ ολλανδικο τμημα|сінт мартен|nizozemski sveti martin
SX	sintmartena|sint martenas|シント・マールテン|荷属圣马丁|荷屬聖馬丁|신트마르턴
SX	سانت مارتن|סנט מארטן|सिंट मार्टिन|ซินต์มาร์เทน|sint maarten dutch part
SY	syria|syrien|syrie|siria|syyria|sziria|сирия|συρια|suriye|сирія|sirija|suuria|シリア
SY	叙利亚|敘利亞|시리아|سوريا|סוריה|सीरिया|ซีเรีย|suriah|syrian arab republic
SZ	eswatini|esuatini|essuatini|szvazifold|есватини|εσουατινι|esvatini|эсватини|есватіні
SZ	svaasimaa|svatini|svazilandas|エスワティニ|斯威士兰|史瓦帝尼|에스와티니|إسواتيني
SZ	אסוואטיני|एस्वाटिनी|เอสวาตีนี|kingdom of eswatini
TC	turks and caicos islands|turks und caicosinseln|iles turques et caiques
TC	islas turcas y caicos|isole turks e caicos|ilhas turcas e caicos
TC	turks en caicoseilanden|turks och caicosoarna|turks og caicosøerne
TC	turks ja caicossaaret|turks i caicos|turks a caicos|turks es caicos szigetek
TC	insulele turks si caicos|острови търкс и каикос|νησοι τερκσ και καικοσ
TC	turks ve caicos adaları|теркс и каикос|острови теркс і каикос|otoci turks i caicos
TC	otoki turks in caicos|turks ja caicos|terksas un kaikosas salas|terkso ir kaikoso salos
TC	タークス・カイコス諸島|特克斯和凯科斯群岛|土克斯及開科斯群島|터크스 케이커스 제도
TC	جزر توركس وكايكوس|איי טרקס וקייקוס|तुर्क और कैकोज़ द्वीपसमूह
TC	หมู่เกาะเติกส์และหมู่เกาะเคคอส|kepulauan turks dan caicos
TD	chad|tschad|tchad|ciad|chade|tsjaad|tsad|czad|cad|csad|чад|τσαντ|tsaad|cada|cadas
TD	チャド|乍得|查德|차드|تشاد|צ׳אד|चाड|ชาด|republic of chad
TF	french southern and antarctic lands|franzosische sud und antarktisgebiete
TF	terres australes francaises|territorios australes franceses|terre australi francesi
TF	territorios franceses do sul|franse gebieden in de zuidelijke indische oceaan
TF	franska sydterritorierna
TF	de franske besiddelser i det sydlige indiske ocean og antarktis
TF	ranskan etelaiset ja antarktiset alueet|francuskie terytoria południowe i antarktyczne
TF	francouzska jizni uzemi|francuzske juzne a antarkticke uzemia|francia deli teruletek
TF	teritoriile australe si antarctice franceze|френски южни територии|γαλλικα νοτια εδαφη
TF	fransız guney toprakları|французские южные территории|французькі південні територіі
TF	francuski juzni teritoriji|francosko juzno ozemlje|prantsuse lounaalad
TF	francijas dienvidjuru teritorija|prancuzijos pietu sritys|仏領極南諸島|法属南部领地
TF	法屬南部屬地|프랑스령 남방 지역|الأقاليم الجنوبية الفرنسية|הטריטוריות הדרומיות של צרפת
TF	फ़्रांसीसी दक्षिणी क्षेत्र|เฟรนช์เซาเทิร์นเทร์ริทอรีส์|wilayah selatan prancis
TF	french southern territories
TG	togo|того|τογκο|togas|トーゴ|多哥|토고|توغو|טוגו|टोगो|โตโก|togolese republic
TH	thailand|thailande|tailandia|thailandia|thaimaa|tajlandia|thajsko|thaifold|thailanda
TH	таиланд|ταιλανδη|tayland|таіланд|tajland|tajska|tai|taizeme|tailandas|タイ|泰国|泰國
TH	태국|تايلاند|תאילנד|थाईलैंड|ไทย|kingdom of thailand
TJ	tajikistan|tadschikistan|tadjikistan|tayikistan|tagikistan|tadjiquistao|tadzjikistan
TJ	tadsjikistan|tadzikistan|tadzykistan|tadzsikisztan|таджикистан|τατζικισταν|tacikistan
TJ	tadzikistana|tadzikija|タジキスタン|塔吉克斯坦|塔吉克|타지키스탄|طاجيكستان|טג׳יקיסטן
TJ	ताजिकिस्तान|ทาจิกิสถาน|republic of tajikistan
TK	tokelau|tokelauoarna|токелау|τοκελαου|tokelav|トケラウ|托克劳|托克勞群島|토켈라우
TK	توكيلاو|טוקלאו|तोकेलाउ|โตเกเลา
TL	timor leste|timor oriental|timor est|oost timor|osttimor|ita timor|timor wschodni
TL	vychodni timor|vychodny timor|kelet timor|тимор лесте|τιμορ λεστε|восточныи тимор
TL	тимор лешті|ida timor|austrumtimora|rytu timoras|東ティモール|东帝汶|東帝汶|동티모르
TL	تيمور ليشتي|טימור לסטה|तिमोर लेस्त|ติมอร์ เลสเต|democratic republic of timor leste
TM	turkmenistan|turcomenistao|turkmensko|turkmenisztan|туркменистан|τουρκμενισταν
TM	туркменістан|turkmenistana|turkmenistanas|トルクメニスタン|土库曼斯坦|土庫曼
TM	투르크메니스탄|تركمانستان|טורקמניסטן|तुर्कमेनिस्तान|เติร์กเมนิสถาน
TN	tunisia|tunesien|tunisie|tunez|tunesie|tunisien|tunezja|tunisko|tunezia|тунис|τυνησια
TN	tunus|туніс|tunis|tunizija|tuneesia|tunisija|tunisas|チュニジア|突尼斯|突尼西亞|튀니지
TN	تونس|תוניסיה|ट्यूनीशिया|ตูนิเซีย|republic of tunisia
TO	tonga|тонга|τονγκα|トンガ|汤加|東加|통가|تونغا|טונגה|टोंगा|ตองกา|kingdom of tonga
TR	turkiye|turkei|turquie|turquia|turchia|turkije|turkiet|tyrkiet|turkki|turcja|turecko
TR	torokorszag|turcia|турция|τουρκια|туреччина|turska|turcija|turgi|turkija|トルコ|土耳其
TR	튀르키예|تركيا|טורקיה|तुर्किये|ตุรกี|turki|republic of turkiye
TT	trinidad and tobago|trinidad und tobago|trinite et tobago|trinidad y tobago
TT	trinidad e tobago|trinidad en tobago|trinidad och tobago|trinidad og tobago
TT	trinidad ja tobago|trynidad i tobago|trinidad a tobago|trinidad es tobago
TT	trinidad si tobago|тринидад и тобаго|τρινινταντ και τομπαγκο|trinidad ve tobago
TT	тринідад і тобаго|trinidad i tobago|trinidad in tobago|trinidada un tobago
TT	trinidadas ir tobagas|トリニダード・トバゴ|特立尼达和多巴哥|千里達及托巴哥
TT	트리니다드 토바고|ترينيداد وتوباغو|טרינידד וטובגו|त्रिनिदाद और टोबैगो|ตรินิแดดและโตเบโก
TT	trinidad dan tobago|republic of trinidad and tobago
TV	tuvalu|тувалу|τουβαλου|ツバル|图瓦卢|吐瓦魯|투발루|توفالو|טובאלו|तुवालू|ตูวาลู
TW	taiwan|tajwan|tchaj wan|tajvan|таиван|ταιβαν|tayvan|таивань|taivana|taivanas|台湾|台灣
TW	대만|تايوان|טייוואן|ताइवान|ไต้หวัน|taiwan province of china
TZ	tanzania|tansania|tanzanie|танзания|τανζανια|tanzanya|танзанія|tanzanija|tansaania
TZ	タンザニア|坦桑尼亚|坦尚尼亞|탄자니아|تنزانيا|טנזניה|तंज़ानिया|แทนซาเนีย
TZ	tanzania united republic of|united republic of tanzania
UA	ukraine|ucrania|ucraina|oekraine|ukraina|ukrajina|ukrajna|украина|ουκρανια|ukrayna
UA	украіна|ウクライナ|乌克兰|烏克蘭|우크라이나|أوكرانيا|אוקראינה|यूक्रेन|ยูเครน
UG	uganda|ouganda|oeganda|уганда|ουγκαντα|ウガンダ|乌干达|烏干達|우간다|أوغندا|אוגנדה
UG	युगांडा|ยูกันดา|republic of uganda
UM	u s outlying islands|amerikanische uberseeinseln|iles mineures eloignees des etats unis
UM	islas menores alejadas de ee uu|isole minori esterne degli stati uniti
UM	ilhas menores distantes dos eua|kleine afgelegen eilanden van de verenigde staten
UM	usa:s yttre oar|amerikanske oversøiske øer|yhdysvaltain erillissaaret
UM	dalekie wyspy mniejsze stanow zjednoczonych|mensi odlehle ostrovy usa
UM	mensie odlahle ostrovy usa|az usa lakatlan kulbirtokai|insulele indepartate ale s u a
UM	отдалечени острови на сащ|απομακρυσμενεσ νησιδεσ ηπα|abd kucuk harici adaları
UM	внешние малые о ва сша|внешние малые о ва|віддалені острови сша
UM	mali udaljeni otoci sad a|stranski zunanji otoki zdruzenih drzav
UM	uhendriikide hajasaared|asv mazas aizjuras salas
UM	jungtiniu valstiju mazosios tolimosios salos|合衆国領有小離島|美国本土外小岛屿
UM	美國本土外小島嶼|미국령 해외 제도|جزر الولايات المتحدة النائية
UM	האיים המרוחקים הקטנים של ארה״ב|यू॰एस॰ आउटलाइंग द्वीपसमूह|หมู่เกาะรอบนอกของสหรัฐอเมริกา
UM	kepulauan terluar as|united states minor outlying islands
US	united states|vereinigte staaten|etats unis|estados unidos|stati uniti|verenigde staten
US	usa|yhdysvallat|stany zjednoczone|spojene staty|egyesult allamok
US	statele unite ale americii|съединени щати|ηνωμενεσ πολιτειεσ
US	amerika birlesik devletleri|соединенные штаты|сполучені штати
US	sjedinjene americke drzave|zdruzene drzave amerike|ameerika uhendriigid
US	amerikas savienotas valstis|jungtines valstijos|アメリカ合衆国|美国|美國|미국
US	الولايات المتحدة|ארצות הברית|संयुक्त राज्य|สหรัฐอเมริกา|amerika serikat
US	united states of america
UY	uruguay|uruguai|urugwaj|uruguaj|уругваи|ουρουγουαη|urugvaj|urugvaja|urugvajus
UY	ウルグアイ|乌拉圭|烏拉圭|우루과이|أورغواي|אורוגוואי|उरूग्वे|อุรุกวัย
UY	eastern republic of uruguay
UZ	uzbekistan|usbekistan|ouzbekistan|uzbequistao|oezbekistan|uzbegisztan|узбекистан
UZ	ουζμπεκισταν|ozbekistan|uzbekistana|uzbekistanas|ウズベキスタン|乌兹别克斯坦|烏茲別克
UZ	우즈베키스탄|أوزبكستان|אוזבקיסטן|उज़्बेकिस्तान|อุซเบกิสถาน|republic of uzbekistan
VA	vatican city|vatikanstadt|etat de la cite du vatican|ciudad del vaticano
VA	citta del vaticano|cidade do vaticano|vaticaanstad|vatikanstaten|vatikaani|watykan
VA	vatikan|statul cetatii vaticanului|ватикан|βατικανο|vatikans|vatikano miesto valstybe
VA	バチカン市国|梵蒂冈|梵蒂岡|바티칸 시국|الفاتيكان|הוותיקן|वेटिकन सिटी|นครวาติกัน
VA	holy see vatican city state|holy see
VC	st vincent and grenadines|st vincent und die grenadinen|saint vincent et les grenadines
VC	san vicente y las granadinas|saint vincent e grenadine|sao vicente e granadinas
VC	saint vincent en de grenadines|s:t vincent och grenadinerna
VC	saint vincent og grenadinerne|saint vincent ja grenadiinit|saint vincent i grenadyny
VC	svaty vincenc a grenadiny|svaty vincent a grenadiny
VC	saint vincent es a grenadine szigetek|saint vincent si grenadinele
VC	сеинт винсънт и гренадини|αγιοσ βικεντιοσ και γρεναδινεσ|saint vincent ve grenadinler
VC	сент винсент и гренадины|сент вінсент і гренадіни|sveti vincent i grenadini
VC	sveti vincencij in grenadine|saint vincent ja grenadiinid|sentvinsenta un grenadinas
VC	sventasis vincentas ir grenadinai|セントビンセント及びグレナディーン諸島
VC	圣文森特和格林纳丁斯|聖文森及格瑞那丁|세인트빈센트그레나딘|سانت فنسنت وجزر غرينادين
VC	סנט וינסנט והגרנדינים|सेंट विंसेंट और ग्रेनाडाइंस|เซนต์วินเซนต์และเกรนาดีนส์
VC	saint vincent dan grenadine|saint vincent and the grenadines
VE	venezuela|wenezuela|венецуела|βενεζουελα|венесуэла|венесуела|venecuela|venesuela
VE	ベネズエラ|委内瑞拉|委內瑞拉|베네수엘라|فنزويلا|ונצואלה|वेनेज़ुएला|เวเนซุเอลา
VE	venezuela bolivarian republic of|bolivarian republic of venezuela
VG	british virgin islands|britische jungferninseln|iles vierges britanniques
VG	islas virgenes britanicas|isole vergini britanniche|ilhas virgens britanicas
VG	britse maagdeneilanden|brittiska jungfruoarna|de britiske jomfruøer
VG	brittilaiset neitsytsaaret|brytyjskie wyspy dziewicze|britske panenske ostrovy
VG	brit virgin szigetek|insulele virgine britanice|британски вирджински острови
VG	βρετανικεσ παρθενεσ νησοι|britanya virjin adaları|виргинские о ва великобритания
VG	виргинские о ва|британські віргінські острови|britanski djevicanski otoci
VG	britanski deviski otoki|briti neitsisaared|britu virdzinas
VG	didziosios britanijos mergeliu salos|英領ヴァージン諸島|英属维尔京群岛|英屬維京群島
VG	영국령 버진아일랜드|جزر فيرجن البريطانية|איי הבתולה הבריטיים|ब्रिटिश वर्जिन द्वीपसमूह
VG	หมู่เกาะบริติชเวอร์จิน|kepulauan virgin britania raya|virgin islands british
VI	u s virgin islands|amerikanische jungferninseln|iles vierges des etats unis
VI	islas virgenes de ee uu|isole vergini americane|ilhas virgens americanas
VI	amerikaanse maagdeneilanden|amerikanska jungfruoarna|de amerikanske jomfruøer
VI	yhdysvaltain neitsytsaaret|wyspy dziewicze stanow zjednoczonych
VI	americke panenske ostrovy|amerikai virgin szigetek|insulele virgine americane
VI	американски вирджински острови|αμερικανικεσ παρθενεσ νησοι|abd virjin adaları
VI	виргинские о ва сша|віргінські острови сша|віргінські острови
VI	americki djevicanski otoci|ameriski deviski otoki|usa neitsisaared|asv virdzinas
VI	jungtiniu valstiju mergeliu salos|米領ヴァージン諸島|美属维尔京群岛|美屬維京群島
VI	미국령 버진아일랜드|جزر فيرجن الأمريكية|איי הבתולה של ארצות הברית
VI	यू॰एस॰ वर्जिन द्वीपसमूह|หมู่เกาะเวอร์จินของสหรัฐอเมริกา
VI	kepulauan virgin amerika serikat|virgin islands u s|virgin islands of the united states
VN	vietnam|viet nam|vietna|wietnam|виетнам|βιετναμ|вьетнам|в'єтнам|vijetnam|vjetnama
VN	vietnamas|ベトナム|越南|베트남|فيتنام|וייטנאם|वियतनाम|เวียดนาม
VN	socialist republic of viet nam
VU	vanuatu|вануату|βανουατου|バヌアツ|瓦努阿图|萬那杜|바누아투|فانواتو|ונואטו|वनुआतू
VU	วานูอาตู|republic of vanuatu
WF	wallis and futuna|wallis und futuna|wallis et futuna|wallis y futuna|wallis e futuna
WF	wallis en futuna|wallis och futunaoarna|wallis og futuna|wallis ja futuna
WF	wallis i futuna|wallis a futuna|wallis es futuna|wallis si futuna|уолис и футуна
WF	γουαλισ και φουτουνα|wallis ve futuna|уоллис и футуна|уолліс і футуна|wallis in futuna
WF	volisa un futunas salas|volisas ir futuna|ウォリス・フツナ|瓦利斯和富图纳
WF	瓦利斯群島和富圖那群島|왈리스 푸투나 제도|جزر والس وفوتونا|איי ווליס ופוטונה
WF	वालिस और फ़्यूचूना|วาลลิสและฟุตูนา|kepulauan wallis dan futuna
WS	samoa|szamoa|самоа|σαμοα|サモア|萨摩亚|薩摩亞|사모아|ساموا|סמואה|समोआ|ซามัว
WS	independent state of samoa
YE	yemen|jemen|iemen|иемен|υεμενη|ємен|jeemen|jemena|jemenas|イエメン|也门|葉門|예멘|اليمن
YE	תימן|यमन|เยเมน|yaman|republic of yemen
YT	mayotte|majotta|маиот|μαγιοτ|маиотта|majota|majotas|マヨット|马约特|馬約特島|마요트
YT	مايوت|מאיוט|मायोते|มายอต
ZA	south africa|sudafrika|afrique du sud|sudafrica|africa do sul|zuid afrika|sydafrika
ZA	etela afrikka|republika południowej afryki|jihoafricka republika|juzna afrika
ZA	del afrikai koztarsasag|africa de sud|южна африка|νοτια αφρικη|guney afrika
ZA	южно африканская республика|південно африканська республіка|juznoafricka republika
ZA	juznoafriska republika|louna aafrika vabariik|dienvidafrikas republika|pietu afrika
ZA	南アフリカ|南非|남아프리카|جنوب أفريقيا|דרום אפריקה|दक्षिण अफ़्रीका|แอฟริกาใต้
ZA	afrika selatan|republic of south africa
ZM	zambia|sambia|zambie|замбия|ζαμπια|zambiya|замбія|zambija|ザンビア|赞比亚|尚比亞|잠비아
ZM	زامبيا|זמביה|ज़ाम्बिया|แซมเบีย|republic of zambia
ZW	zimbabwe|simbabwe|zimbabue|зимбабве|ζιμπαμπουε|zimbabve|зімбабве|ジンバブエ|津巴布韦
ZW	辛巴威|짐바브웨|زيمبابوي|זימבבואה|ज़िम्बाब्वे|ซิมบับเว|republic of zimbabwe
"""

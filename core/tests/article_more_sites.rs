//! Pages in the shapes of three more sites, written for these tests (the
//! text is ours), each checked with the whole-document parser and the
//! streaming one:
//!
//! * a British paper: the byline is `Name in Place` with no `By` above the
//!   dateline, and the article ends on a short paragraph of one sentence;
//! * a public broadcaster: `Image source, …` and `Image caption,` stand on
//!   lines of their own above the caption, and the byline is two lines, a
//!   bare name and then `Job title, Outlet Region`;
//! * an Indian paper: a breadcrumb that repeats the headline and mentions a
//!   date, a standfirst that mentions one too, and `Get Latest … News`
//!   promotions above and below the article;
//! * a US cable channel: `Ad Feedback` lines between the paragraphs;
//! * a wire service: the date glued to the time (`December 19, 20231:46
//!   AM GMT`) and a photo caption ending `REUTERS/Stringer` above the
//!   dateline paragraph that names the outlet;
//! * a Gulf broadcaster: a caption ending in a bracketed credit
//!   (`[Handout/… via Reuters]`) between the standfirst and the date, and a
//!   `Save articles to read later` call to action;
//! * a US news agency and a cable channel: an all-capitals `CLICK HERE TO
//!   GET THE … APP` between paragraphs, and a closing bio of the author
//!   named in a `By Name | Outlet` byline;
//! * a US paper: `Supported by` / `SKIP ADVERTISEMENT` above the headline
//!   and `Reporting from Place` under the byline;
//! * a German regional paper: `Von Name`, a numeric date with `Uhr`,
//!   `Anzeige` and a `Mehr zum Thema` box between the paragraphs;
//! * a French paper: `Par Name` and a `Publié le … à 17h05, modifié le …`
//!   line above the first paragraph (no sentence of the article);
//! * an Arabic paper: `كتب: Name` (no capitals mark the name), Arabic month
//!   and weekday names in the date, and a `اقرأ أيضا:` (“read also”) link
//!   between the paragraphs that does not end the article;
//! * a US local TV station: two `Tue, June 11th 2024, 3:12 PM PDT` lines and
//!   a photo caption ending `(KXYZ)` above a first paragraph that mentions a
//!   highway number (no table of data rows);
//! * an Italian and a Spanish paper: `3 novembre 2023 | 09:45`, `di Name`,
//!   `Leggi anche:`, `Publicidad`, `Archivado En` and a name above
//!   `Madrid - 06 jun 2024 - 14:15 CEST`;
//! * a Turkish paper: few stop words, an organisation's name in capitals
//!   before a comma opening the first paragraph (no glued headline), and a
//!   standfirst under the title that must not pull the body up past the
//!   datelines;
//! * an Indonesian paper: `Penulis: Name`, `Baca juga:` between paragraphs
//!   and a `Simak berita …` call to action after them;
//! * a Hindi paper: sentences end in a danda (`।`), the byline is `लेखक:
//!   Name` (no capitals), the date has a Hindi month name, and `यह भी
//!   पढ़ें:` (“read this too”) stands between the paragraphs;
//! * a Polish paper: `3 maja 2024` (a month in the genitive), `Czytaj
//!   też:` between the paragraphs;
//! * a Hebrew paper: `מאת: Name` (no capitals), `12.11.2023` and a
//!   `קראו עוד:` (“read more”) link between the paragraphs;
//! * a Vietnamese paper: `Thứ năm, 12/10/2023` is 12 October (a line in a
//!   language other than English reads a numeric date day first), and
//!   `Xem thêm:` stands between the paragraphs;
//! * a Greek paper: the byline in the genitive (`Του Name`), `23
//!   Νοεμβρίου 2026` and `Διαβάστε επίσης:` between the paragraphs;
//! * a Swedish paper: `Av Name`, `Publicerad 23 november 2026 kl. 14.30`
//!   (a month in lower case) and `Läs också:` between the paragraphs;
//! * a Ukrainian paper: a short last paragraph after `Читайте також:`;
//! * a Czech paper: `Autor: Name`, `23. listopadu 2026 14:30` and a last
//!   paragraph after `Čtěte také:`.

use tidings_core::article::{Config, parse};
use tidings_core::stream::{Event, Stream};

const BRITISH: &str = "Skip to main content
Skip to navigation
Print subscriptions
Sign in
Search jobs
The Guardian - Back to homepage
News
Opinion
Sport
Culture
Lifestyle
World
Europe
US news
Americas
Asia
Australia
Middle East
Africa
Taiwan
This article is more than 1 year old
Taiwan's opposition parties fail to agree on joint presidential ticket
Talks between the Kuomintang and the Taiwan People's Party collapse hours before the registration deadline
Helen Davidson in Taipei
Fri 24 Nov 2023 06.12 GMT
Share
Taiwan's two main opposition parties have failed to agree on a joint ticket for January's presidential election, ending weeks of negotiations that had raised the prospect of a united challenge to the ruling party.
The Kuomintang (KMT) and the Taiwan People's Party (TPP) had agreed last week to field a single candidate, with the choice to be decided by a comparison of opinion polls. But the two sides could not agree on how to read the results.
On Thursday evening the leaders of both parties met at a hotel in Taipei in a meeting that was broadcast live, but it ended without an agreement.
\"We tried our best,\" the TPP's candidate, Ko Wen-je, told reporters afterwards. \"But the gap was too large.\"
Analysts said the failure would benefit the Democratic Progressive party's candidate, Lai Ching-te, who has led in most polls.
Candidates must register by Friday afternoon.
Explore more on these topics
Taiwan
Asia Pacific
news
Share
Reuse this content
Most viewed
";

const BROADCASTER: &str = "BBC Homepage
Skip to content
Accessibility Help
Sign in
Home
News
Sport
Weather
iPlayer
NEWS
Home
Israel-Gaza war
War in Ukraine
Climate
Video
World
UK
Business
Tech
Science
Scotland's ferry delays to cost another £50m
Published
3 hours ago
Share
Image source, PA Media
Image caption,
The Glen Sannox was launched in 2017 but has still not entered service
Mary Ann Smith
Transport correspondent, BBC Scotland
Two ferries being built for Scotland's west coast routes will cost a further £50m and be delayed until next year, the shipyard has said.
Ferguson Marine said the first vessel, the Glen Sannox, would now be handed over in March.
The second ship, known as hull 802, is not expected to be ready until the end of next year.
The vessels were originally due to enter service in 2018 at a combined cost of £97m.
Transport Minister Fiona Hyslop said the latest delay was \"deeply frustrating\" for island communities.
\"We will continue to scrutinise the yard's plans closely,\" she said.
Related Topics
Scottish government
Ferries
More on this story
Ferry delays 'a national embarrassment'
Published
2 days ago
Top stories
";

const INDIAN: &str = "Home
India
World
Cities
Business
Sports
Entertainment
Trending
Get Latest India News, Breaking News and Live Updates on our app
Home / India News / Monsoon session of Parliament to begin on July 20
India News
Monsoon session of Parliament to begin on July 20
The session will have 17 sittings and conclude on August 11, the minister said.
By Press Trust of India
Updated on Jul 01, 2023 04:15 PM IST
The Monsoon session of Parliament will begin on July 20 and continue till August 11, Parliamentary Affairs Minister Pralhad Joshi said on Saturday.
\"The Monsoon session of Parliament will commence from July 20 and continue till August 11. I urge all parties to contribute to productive discussions,\" Joshi said in a tweet.
The session will have 17 sittings spread over 23 days, he said.
The government is expected to introduce several bills, including one on data protection, during the session.
The opposition is likely to raise the issue of violence in Manipur, leaders said.
(With inputs from PTI)
Get Latest India News along with Latest News and Top Headlines from India and around the world.
Topics
Parliament
Monsoon session
Related Stories
Opposition to meet in Bengaluru on July 17
";

const CABLE: &str = "CNN values your feedback
1. How relevant is this ad to you?
Close icon
World
Africa
Americas
Asia
Australia
China
Europe
India
Middle East
United Kingdom
Volcano erupts near Icelandic town after weeks of earthquakes
By Jane Doe, CNN
4 minute read
Updated 3:45 AM EST, Tue December 19, 2023
Link Copied!
Video Ad Feedback
Watch: Lava spews from volcano in Iceland
01:12 - Source: CNN
Reykjavik, Iceland CNN —
A volcano erupted on Iceland's Reykjanes peninsula late on Monday, sending lava and smoke into the night sky after weeks of intense earthquake activity, the country's meteorological office said.
The eruption began about 4 kilometers (2.5 miles) north of the fishing town of Grindavik, which was evacuated in November.
Ad Feedback
\"The magma is flowing at a rate of about 100 to 200 cubic meters per second,\" the office said in a statement, adding that the eruption was considerably larger than previous ones on the peninsula.
Authorities said there was no immediate threat to life, and flights to and from Keflavik International Airport were operating normally.
The Blue Lagoon, a popular geothermal spa nearby, had closed as a precaution.
Ad Feedback
Iceland has more than 30 active volcanic systems, more than any other country in Europe.
Related article
Iceland declares state of emergency after hundreds of earthquakes
CNN's Sarah Dean contributed to this report.
Search CNN...
Log In
Live TV
Audio
";

const WIRE: &str = "Skip to main content
Exclusive news, data and analytics for financial market professionals
Learn more about Refinitiv
World
Business
Markets
Sustainability
Legal
Breakingviews
Technology
Investigations
More
Europe
Iceland volcano erupts, threatening fishing town
By Nora Buli and Louise Breusch Rasmussen
December 19, 20231:46 AM GMTUpdated 2 hours ago
Lava flows after the eruption of a volcano on the Reykjanes peninsula, Iceland, December 18, 2023. REUTERS/Stringer
OSLO, Dec 19 (Reuters) - A volcano erupted on Iceland's Reykjanes peninsula on Monday after weeks of intense earthquake activity, sending lava flowing towards the evacuated town of Grindavik, the Icelandic Meteorological Office said.
The eruption, seen from the capital Reykjavik about 42 km (26 miles) away, began just after 10 p.m. local time (2200 GMT).
\"The eruption is considerably larger than previous eruptions on the peninsula,\" the office said.
Iceland's civil protection agency said it had raised its alert level to emergency.
Flights at Keflavik airport were operating as normal, the airport said on its website.
Reporting by Nora Buli in Oslo and Louise Breusch Rasmussen in Copenhagen; Editing by Kim Coghill
Our Standards: The Thomson Reuters Trust Principles.
Acquire Licensing Rights, opens new tab
Read Next
Europe
Russia says it shot down drones over Moscow region
";

const GULF: &str = "Skip links
Skip to Content
play
Live
Show navigation
Navigation menu
News
Middle East
Africa
Asia
US & Canada
Latin America
Europe
Asia Pacific
Features
Opinion
Video
More
News|Volcanoes
Volcano erupts in Iceland after weeks of seismic activity
Residents of the nearby town of Grindavik were evacuated last month amid fears of an imminent eruption.
Lava flows from a fissure on the Reykjanes peninsula [Handout/Icelandic Coast Guard via Reuters]
Published On 19 Dec 2023
19 Dec 2023
Save articles to read later and create your own reading list.
A volcano has erupted on Iceland's Reykjanes peninsula after weeks of intense earthquake activity, the country's meteorological office says.
The eruption started on Monday evening about 4km (2.5 miles) north of the town of Grindavik, which had been evacuated last month.
Television footage showed lava spurting from a long fissure and a large plume of smoke rising into the sky.
\"Magma is flowing out of the fissure at a rate of 100 to 200 cubic metres per second,\" the meteorological office said.
The government said there was no threat to life, and the main airport remained open.
Source: News Agencies
Advertisement
Listen to these podcasts
";

const AGENCY: &str = "AP NEWS
Sections
U.S. News
World News
Politics
Sports
Entertainment
Business
Science
Fact Check
Oddities
Be Well
Newsletters
Photography
WORLD NEWS
Iceland volcano erupts after weeks of earthquakes, spewing lava and smoke into sky
A volcano on Iceland's Reykjanes Peninsula has erupted after weeks of intense earthquake activity.
BY JANE DOE
Updated 3:12 AM EST, December 19, 2023
Share
GRINDAVIK, Iceland (AP) — A volcano in southwestern Iceland erupted Monday night, hours after an earthquake swarm was detected, officials said.
The eruption started around 10 p.m. local time about 4 kilometers (2.5 miles) north of the town of Grindavik.
The Icelandic Meteorological Office said the eruption was taking place along a fissure that was about 3.5 kilometers (2 miles) long.
CLICK HERE TO GET THE AP NEWS APP
Iceland's Civil Protection Agency said authorities were closely monitoring the situation.
The country sees frequent eruptions and is well-prepared for them.
___
Associated Press writer John Smith in London contributed to this report.
JANE DOE
Doe covers Europe for The Associated Press.
twitter
mailto
Most read
";

const CABLE_BIO: &str = "Fox News
U.S.
Politics
World
Opinion
Media
Entertainment
Sports
Lifestyle
Video
Published December 19, 2023 5:00am EST
Iceland volcano erupts after weeks of earthquakes
Lava shot into the sky near the fishing town of Grindavik
By Jane Doe | Fox News
Facebook
Twitter
Flipboard
Comments
Print
Email
close
Video
Volcano erupts in Iceland
Fox News' Greg Palkot reports.
A volcano erupted in Iceland on Monday night after weeks of earthquakes, sending lava and smoke into the sky near the evacuated town of Grindavik.
The eruption began at about 10 p.m. local time, according to the Icelandic Meteorological Office.
CLICK HERE TO GET THE FOX NEWS APP
The Blue Lagoon, one of the country's most popular tourist attractions, was closed as a precaution.
Officials said there was no threat to life.
Jane Doe is a reporter for Fox News Digital.
Related Topics
Iceland
Volcanoes
";

const US_PAPER: &str = "Skip to content
Skip to site index
Search & Section Navigation
Section Navigation
SEARCH
World
Africa
Americas
Asia
Australia
Canada
Europe
Middle East
Advertisement
SKIP ADVERTISEMENT
Supported by
SKIP ADVERTISEMENT
Volcano Erupts in Iceland, Threatening a Fishing Town
Lava spewed from a fissure near Grindavik, which had been evacuated weeks ago because of intense seismic activity.
Share full article
Read in app
By Jane Doe
Reporting from Reykjavik, Iceland
Dec. 19, 2023
Updated 6:02 a.m. ET
A volcano erupted in southwestern Iceland late on Monday, sending fountains of lava into the night sky after weeks of earthquakes that had forced the evacuation of a nearby fishing town.
The eruption, on the Reykjanes Peninsula about 25 miles southwest of Reykjavik, the capital, began shortly after 10 p.m. local time, according to the Icelandic Meteorological Office.
Officials said there was no immediate danger to people, and flights at the country's main international airport continued.
\"This is a big eruption,\" said Benedikt Ofeigsson, a geophysicist at the office.
Jane Doe is a correspondent based in London, covering Northern Europe.
A version of this article appears in print on Dec. 19, 2023, Section A, Page 8 of the New York edition with the headline: Volcano Erupts in Iceland. Order Reprints | Today's Paper | Subscribe
Share full article
Advertisement
SKIP ADVERTISEMENT
";

const GERMAN: &str = "Stadtrat beschließt neues Verkehrskonzept für die Innenstadt | Rheinische Tagespost

Zum Inhalt springen

Startseite
Politik
Wirtschaft
Sport
Kultur
Region
Meinung

Anmelden
Abo

Region
Köln

Stadtrat beschließt neues Verkehrskonzept für die Innenstadt

Nach monatelangen Debatten hat der Stadtrat am Donnerstagabend mit knapper Mehrheit ein neues Verkehrskonzept verabschiedet. Autos sollen aus weiten Teilen der Altstadt verschwinden.

Von Katharina Berger

14.03.2024, 18:42 Uhr

Artikel teilen

Lesezeit: 3 Min.

Der Stadtrat hat am Donnerstagabend nach einer mehr als fünfstündigen Sitzung das umstrittene Verkehrskonzept für die Innenstadt beschlossen. 46 Ratsmitglieder stimmten dafür, 41 dagegen, drei enthielten sich.

Kern des Konzepts ist eine autofreie Zone rund um den Domplatz, die ab dem kommenden Frühjahr schrittweise eingeführt werden soll. Lieferverkehr bleibt morgens zwischen sechs und zehn Uhr erlaubt, Anwohner erhalten Ausnahmegenehmigungen.

Anzeige

„Wir haben lange gerungen, aber dieser Kompromiss ist tragfähig“, sagte die Oberbürgermeisterin nach der Abstimmung. Die Opposition kündigte dagegen an, die Entscheidung rechtlich prüfen zu lassen.

Mehr zum Thema

Verkehrswende: Was sich für Pendler ändert

Umfrage: Mehrheit der Kölner für weniger Autos

Der Einzelhandelsverband zeigte sich enttäuscht. Viele Geschäfte in der Altstadt seien auf Kunden angewiesen, die mit dem Auto kämen, erklärte ein Sprecher. Er forderte zusätzliche Parkhäuser am Rand der Innenstadt.

Die Stadtverwaltung will bis zum Sommer einen detaillierten Zeitplan vorlegen. Die ersten Straßen sollen bereits im April für den Durchgangsverkehr gesperrt werden.

Mehr aus Köln

Neue Rheinbrücke: Bauarbeiten verzögern sich erneut

Karneval: Zugweg für 2025 steht fest

Kommentare

Um Kommentare zu schreiben, müssen Sie angemeldet sein.

Impressum
Datenschutz
AGB
Kontakt
© Rheinische Tagespost 2024
";

const FRENCH: &str = "Le gouvernement présente son plan pour l’hôpital public

Aller au contenu principal

Accueil
International
Politique
Société
Économie
Culture
Sport

Se connecter
S’abonner

Société

Le gouvernement présente son plan pour l’hôpital public

Le ministre de la santé a détaillé mercredi une enveloppe de 2 milliards d’euros sur cinq ans, destinée en priorité aux services d’urgence.

Par Claire Dumont

Publié le 12 février 2024 à 17h05, modifié le 12 février 2024 à 19h30

Lecture 3 min.

Article réservé aux abonnés

Partager sur Facebook
Partager sur X
Envoyer par e-mail

Le ministre de la santé a présenté, mercredi 12 février, un plan de soutien à l’hôpital public doté de 2 milliards d’euros sur cinq ans. Cette enveloppe doit d’abord permettre de rouvrir des lits dans les services d’urgence, où la situation reste tendue depuis l’hiver.

Le plan prévoit également une revalorisation des gardes de nuit pour les infirmiers et les médecins. « Nous devons rendre l’hôpital de nouveau attractif », a déclaré le ministre lors d’une conférence de presse.

Lire aussi | Aux urgences, des soignants à bout de souffle

Les syndicats ont accueilli ces annonces avec prudence. Plusieurs d’entre eux estiment que les montants restent insuffisants au regard des besoins, et appellent à une mobilisation le mois prochain.

Selon la Fédération hospitalière, près de 6 000 lits ont été fermés en deux ans faute de personnel. Le gouvernement espère en rouvrir la moitié d’ici à la fin de l’année.

Claire Dumont

Services Le Monde des Lecteurs

Newsletter
Recevez l’essentiel de l’actualité chaque matin

Les plus lus

Retraites : ce qui change au 1er janvier

Météo : un épisode de froid attendu cette semaine

Mentions légales
Politique de confidentialité
Gestion des cookies
© 2024 Le Quotidien
";

const ARABIC: &str = "الحكومة تعلن خطة جديدة لدعم المزارعين - الأخبار اليوم

الرئيسية
أخبار
اقتصاد
رياضة
ثقافة
منوعات

اقتصاد

الحكومة تعلن خطة جديدة لدعم المزارعين

الثلاثاء 12 مارس 2024 - 10:30 ص

كتب: أحمد محمود

أعلنت الحكومة، اليوم الثلاثاء، عن خطة جديدة لدعم المزارعين في مواجهة ارتفاع أسعار الأسمدة والأعلاف، تتضمن قروضا ميسرة وإعفاءات ضريبية لمدة ثلاث سنوات.

وقال وزير الزراعة في مؤتمر صحفي إن الخطة تستهدف أكثر من مليون مزارع في المحافظات المختلفة، وإن التمويل سيبدأ صرفه خلال الشهر المقبل.

وأضاف الوزير أن الحكومة ستعمل أيضا على تحسين شبكات الري وتوفير البذور المحسنة بأسعار مناسبة، مشيرا إلى أن القطاع الزراعي يمثل ركيزة أساسية للاقتصاد الوطني.

اقرأ أيضا: ارتفاع أسعار الخضروات في الأسواق

من جانبهم، رحب ممثلو الجمعيات الزراعية بالخطة، لكنهم طالبوا بتبسيط إجراءات الحصول على القروض وتوسيع نطاق الدعم ليشمل صغار المزارعين.

وتأتي هذه الخطة في إطار برنامج حكومي أوسع يهدف إلى تحقيق الأمن الغذائي وتقليل الاعتماد على الواردات خلال السنوات الخمس المقبلة.

شارك
فيسبوك
تويتر
واتساب

أخبار ذات صلة

وزير المالية: الموازنة الجديدة تدعم القطاعات الإنتاجية

انخفاض معدل التضخم للشهر الثالث على التوالي

جميع الحقوق محفوظة © 2024 الأخبار اليوم
";

const LOCAL_TV: &str = "Crews battle brush fire near Highway 14; evacuation warnings issued | KXYZ 7 News

Skip to content

KXYZ 7 News
Weather
Traffic
Watch Live
Newsletters

Weather Alert: Red Flag Warning in effect until 8 PM

Local News

Crews battle brush fire near Highway 14; evacuation warnings issued

by Daniel Ortiz

Tue, June 11th 2024, 3:12 PM PDT

Updated Tue, June 11th 2024, 5:40 PM PDT

Firefighters work to contain a brush fire near Highway 14 on Tuesday afternoon. (KXYZ)

LANCASTER, Calif. (KXYZ) — Firefighters were battling a fast-moving brush fire near Highway 14 on Tuesday afternoon, prompting evacuation warnings for several nearby neighborhoods.

The fire broke out shortly after 1 p.m. and had burned about 300 acres by late afternoon, according to the county fire department. Strong winds pushed the flames toward a row of homes on the eastern edge of the city.

No injuries have been reported. Officials said at least two outbuildings were damaged.

Residents can find the latest evacuation information on the county's emergency website.

Stay with KXYZ 7 News for updates on this developing story.

Loading ...

Trending

Man arrested after police chase ends in crash on Interstate 5
Heat wave expected to bring triple-digit temperatures this weekend

Copyright 2024 Sinclair Broadcast Group, LLC. All rights reserved.
";

const ITALIAN: &str = "Maltempo al Nord, allerta rossa in tre regioni - Il Corriere Quotidiano

Vai al contenuto

Home
Cronaca
Politica
Esteri
Economia
Sport
Spettacoli

Cronaca

Maltempo al Nord, allerta rossa in tre regioni

Piogge intense e rischio frane: scuole chiuse in diversi comuni. La Protezione civile invita a limitare gli spostamenti

di Marco Rossi

3 novembre 2023 | 09:45

Le piogge che da ieri sera colpiscono il Nord Italia hanno spinto la Protezione civile a diramare l'allerta rossa in Lombardia, Veneto e Friuli Venezia Giulia. In diversi comuni le scuole resteranno chiuse anche domani.

Secondo i dati dei servizi meteorologici regionali, in alcune zone sono caduti oltre 150 millimetri di pioggia in meno di dodici ore. Numerosi fiumi sono vicini al livello di guardia.

Leggi anche: Frane in Liguria, evacuate venti famiglie

I vigili del fuoco sono intervenuti più di trecento volte nella notte, soprattutto per alberi caduti e scantinati allagati. Non si segnalano feriti gravi.

Le previsioni indicano un miglioramento a partire da sabato, ma le autorità chiedono ai cittadini di restare prudenti e di seguire gli aggiornamenti ufficiali.

© RIPRODUZIONE RISERVATA

Condividi
Facebook
Twitter
Email

Ultime notizie

Incidente sull'A4, traffico bloccato per ore
Milano, nuovo parco inaugurato in zona Città Studi

P.IVA 01234567890
Privacy
Cookie policy
";

const SPANISH: &str = "El Banco Central mantiene los tipos de interés por tercera vez consecutiva | Diario del Sur

Ir al contenido

Suscríbete
Iniciar sesión

Economía
Internacional
España
Opinión
Deportes
Cultura

ECONOMÍA

El Banco Central mantiene los tipos de interés por tercera vez consecutiva

La institución advierte de que la inflación subyacente sigue por encima del objetivo y no descarta nuevas subidas en otoño

Lucía Fernández
Madrid - 06 jun 2024 - 14:15 CEST

Compartir en Facebook
Compartir en Twitter
Compartir en Whatsapp
Copiar enlace

El consejo de gobierno del Banco Central decidió este jueves mantener sin cambios los tipos de interés, en línea con lo que esperaba la mayoría de los analistas. Es la tercera reunión consecutiva sin movimientos.

La presidenta de la institución explicó en rueda de prensa que los datos de los últimos meses son alentadores, pero que todavía es pronto para dar por ganada la batalla contra la inflación.

Publicidad

Los mercados reaccionaron con calma al anuncio. La bolsa cerró con una ligera subida y el euro se mantuvo estable frente al dólar durante toda la jornada.

Los economistas consultados creen que la primera bajada de tipos podría llegar a finales de año, siempre que los precios de la energía se mantengan contenidos.

Archivado En

Banco Central
Tipos de interés
Inflación

Se adhiere a los criterios de
The Trust Project
Más información

Lo más visto

La vivienda se encarece un 8% en el primer trimestre
El paro baja en mayo hasta su nivel más bajo desde 2008

© Ediciones Diario del Sur S.L.
Contacto
Aviso legal
Política de cookies
";

const TURKISH: &str = "Merkez Bankası faizi sabit tuttu - Günlük Haber

Ana Sayfa
Gündem
Ekonomi
Dünya
Spor
Yazarlar

Ekonomi

Merkez Bankası faizi sabit tuttu

Merkez Bankası, politika faizini beklentilere paralel olarak yüzde 50 seviyesinde sabit bıraktı.

Haber Merkezi
12 Kasım 2023 Pazar 14:05

Güncelleme: 12 Kasım 2023 Pazar 16:20

Merkez Bankası Para Politikası Kurulu, bugün yaptığı toplantıda politika faizini değiştirmeme kararı aldı. Karar, piyasalardaki beklentilerle uyumlu oldu.

Kurul tarafından yapılan açıklamada, enflasyondaki ana eğilimin yavaşladığı ancak risklerin sürdüğü belirtildi. Sıkı para politikasının gerektiği sürece korunacağı vurgulandı.

İLGİNİZİ ÇEKEBİLİR

Altın fiyatları haftaya yükselişle başladı

Ekonomistler, faiz indiriminin gelecek yılın ikinci yarısından önce gündeme gelmesini beklemiyor. Döviz kurlarında karar sonrası belirgin bir hareket görülmedi.

Etiketler: Merkez Bankası, Faiz, Enflasyon

Yorumlar

Yorum yazmak için giriş yapın.

Tüm hakları saklıdır. © 2023 Günlük Haber
";

const INDONESIAN: &str = "Harga Beras Naik, Pemerintah Siapkan Operasi Pasar - Kabar Nusantara

Beranda
Nasional
Ekonomi
Internasional
Olahraga

Ekonomi

Harga Beras Naik, Pemerintah Siapkan Operasi Pasar

Penulis: Rina Wulandari
Editor: Budi Santoso

Senin, 12 Februari 2024 | 10:15 WIB

JAKARTA, KOMPAS - Pemerintah akan menggelar operasi pasar di sejumlah daerah untuk menekan kenaikan harga beras yang terjadi dalam dua pekan terakhir.

Menteri Perdagangan mengatakan, stok beras nasional masih mencukupi kebutuhan hingga beberapa bulan ke depan. Namun, distribusi ke beberapa wilayah perlu dipercepat.

Baca juga: Harga Cabai Turun di Pasar Tradisional

Menurut data Badan Pusat Statistik, harga beras medium naik sekitar 5 persen dibandingkan bulan lalu. Kenaikan terbesar terjadi di wilayah timur Indonesia.

Pemerintah juga meminta masyarakat tidak melakukan pembelian berlebihan agar pasokan tetap stabil di semua daerah.

Simak berita pilihan dan breaking news lainnya di saluran WhatsApp kami.

Berita Terkait

Inflasi Januari Tercatat Rendah

Copyright © 2024 Kabar Nusantara. All rights reserved.
";

const HINDI: &str = "दिल्ली में प्रदूषण का स्तर फिर बढ़ा, स्कूल बंद करने का फैसला | समाचार भारती

होम
देश
विदेश
खेल
मनोरंजन
बिज़नेस

देश

दिल्ली में प्रदूषण का स्तर फिर बढ़ा, स्कूल बंद करने का फैसला

राजधानी में वायु गुणवत्ता सूचकांक 450 के पार पहुंच गया है, जिसके बाद सरकार ने प्राथमिक स्कूलों को दो दिन के लिए बंद करने का आदेश दिया है।

लेखक: राहुल शर्मा

अपडेटेड: 3 नवंबर 2023, 10:30 AM IST

दिल्ली में शुक्रवार सुबह वायु प्रदूषण का स्तर गंभीर श्रेणी में पहुंच गया। कई इलाकों में वायु गुणवत्ता सूचकांक 450 से ऊपर दर्ज किया गया, जिससे लोगों को सांस लेने में परेशानी हो रही है।

मुख्यमंत्री ने कहा कि हालात को देखते हुए प्राथमिक स्कूलों को दो दिन के लिए बंद रखा जाएगा। उन्होंने लोगों से अपील की कि वे बहुत जरूरी होने पर ही घर से बाहर निकलें।

यह भी पढ़ें: सर्दियों में सेहत का ऐसे रखें ख्याल

विशेषज्ञों के अनुसार, पराली जलाने और वाहनों से निकलने वाले धुएं के कारण प्रदूषण बढ़ रहा है। आने वाले दिनों में हवा की गति बढ़ने से कुछ राहत मिलने की उम्मीद है।

शेयर करें

संबंधित खबरें

मुंबई में बारिश से जनजीवन प्रभावित

कॉपीराइट © 2023 समाचार भारती
";

const VIETNAMESE: &str = "Giá xăng tăng lần thứ ba liên tiếp - Báo Tin Mới

Trang chủ
Thời sự
Kinh doanh
Thế giới
Thể thao
Giải trí

Kinh doanh

Giá xăng tăng lần thứ ba liên tiếp

Từ 15h chiều nay, giá xăng RON95 tăng thêm 450 đồng mỗi lít, lên mức cao nhất trong sáu tháng.

Thứ năm, 12/10/2023 14:30 (GMT+7)

Theo thông báo của liên Bộ Công Thương - Tài chính, giá xăng E5 RON92 tăng 380 đồng mỗi lít, trong khi giá dầu diesel giảm nhẹ. Đây là lần tăng thứ ba liên tiếp của mặt hàng này.

Cơ quan quản lý cho biết giá xăng dầu thế giới trong kỳ điều hành vừa qua biến động mạnh do căng thẳng tại Trung Đông và việc cắt giảm sản lượng của các nước xuất khẩu.

Xem thêm: Giá vàng hôm nay tiếp tục giảm

Các doanh nghiệp vận tải cho biết chi phí nhiên liệu chiếm khoảng 40% giá thành, nên việc giá xăng tăng sẽ gây áp lực lên giá cước trong thời gian tới.

Minh Anh

Chia sẻ

Tin liên quan

Giá điện có thể tăng từ tháng sau

Bản quyền © 2023 Báo Tin Mới
";

const POLISH: &str = "Rząd przyjął projekt budżetu na przyszły rok - Gazeta Codzienna

Strona główna
Kraj
Świat
Gospodarka
Sport

Gospodarka

Rząd przyjął projekt budżetu na przyszły rok

Deficyt ma wynieść 3,5 proc. PKB. Opozycja zapowiada poprawki w Sejmie.

Anna Kowalska

3 maja 2024, 12:40

Udostępnij

Rada Ministrów przyjęła we wtorek projekt ustawy budżetowej na przyszły rok. Zakłada on wzrost gospodarczy na poziomie 3 proc. i inflację średnioroczną w wysokości 4 proc.

Minister finansów podkreślił, że budżet jest ostrożny, ale pozwala na utrzymanie wydatków na obronność i ochronę zdrowia na rekordowym poziomie.

Czytaj też: Inflacja w kwietniu spadła poniżej 3 proc.

Projekt trafi teraz do Sejmu, gdzie posłowie będą mogli zgłaszać poprawki. Opozycja już zapowiedziała, że będzie domagać się zwiększenia wydatków na mieszkalnictwo.

Najczęściej czytane

Pogoda na weekend: upał w całym kraju

© 2024 Gazeta Codzienna. Wszelkie prawa zastrzeżone.
";

const HEBREW: &str = "הממשלה אישרה תוכנית חדשה לדיור בר השגה | חדשות היום

דף הבית
חדשות
כלכלה
ספורט
תרבות

כלכלה

הממשלה אישרה תוכנית חדשה לדיור בר השגה

התוכנית כוללת הקמה של עשרות אלפי דירות בפריפריה והטבות מס לזוגות צעירים.

מאת: דנה כהן

12.11.2023 | 14:30

הממשלה אישרה היום תוכנית רחבת היקף לדיור בר השגה, שתכלול הקמה של כ-40 אלף דירות בחמש השנים הקרובות. לפי התוכנית, חלק גדול מהדירות ייבנו בערי הפריפריה.

שר האוצר אמר כי מדובר בצעד חשוב שנועד להוריד את מחירי הדירות ולסייע לזוגות צעירים. הוא הוסיף כי התוכנית תמומן בחלקה מהכנסות ממכירת קרקעות.

קראו עוד: מחירי השכירות ממשיכים לעלות

עם זאת, כלכלנים מזהירים כי ללא שיפור בתשתיות התחבורה, התוכנית לא תשיג את מטרותיה. לדבריהם, יש לשלב את הבנייה עם השקעה בקווי רכבת ואוטובוסים.

שתפו

כתבות נוספות

הבורסה בתל אביב נסגרה בעליות

כל הזכויות שמורות © 2023 חדשות היום
";

const GREEK: &str = "Αρχική
Πολιτική
Οικονομία
Κόσμος
Αθλητισμός
Πολιτισμός

Οικονομία

Νέο πακέτο στήριξης για τα νοικοκυριά ανακοίνωσε η κυβέρνηση

Τα μέτρα αφορούν κυρίως το ενεργειακό κόστος και θα ισχύσουν από τον Ιανουάριο

Του Γιώργου Παπαδόπουλου
23 Νοεμβρίου 2026, 14:30

Η κυβέρνηση ανακοίνωσε σήμερα ένα νέο πακέτο μέτρων στήριξης για τα νοικοκυριά, με στόχο να περιοριστεί η επίπτωση του αυξημένου ενεργειακού κόστους τους χειμερινούς μήνες. Σύμφωνα με τον υπουργό Οικονομικών, το συνολικό κόστος των μέτρων ανέρχεται σε 1,2 δισ. ευρώ.

Τα μέτρα περιλαμβάνουν επιδότηση στους λογαριασμούς ρεύματος για τα χαμηλά και μεσαία εισοδήματα, καθώς και έκτακτη ενίσχυση για τους συνταξιούχους. Η αίτηση θα γίνεται ηλεκτρονικά μέσω της ενιαίας ψηφιακής πύλης.

Διαβάστε επίσης: Πώς θα κινηθούν οι τιμές του ρεύματος τον Δεκέμβριο

Η αντιπολίτευση χαρακτήρισε τα μέτρα ανεπαρκή και ζήτησε μόνιμη μείωση του ΦΠΑ στα τρόφιμα. «Οι πολίτες δεν χρειάζονται επιδόματα, χρειάζονται σταθερότητα», δήλωσε ο εκπρόσωπος του κόμματος.

Οι ανακοινώσεις αναμένεται να ψηφιστούν από τη Βουλή μέσα στις επόμενες δύο εβδομάδες, ώστε οι πρώτες πληρωμές να γίνουν πριν από τα Χριστούγεννα.

Ετικέτες: οικονομία, ενέργεια, μέτρα στήριξης

Σχετικά άρθρα
Αυξήσεις στους μισθούς από τον Ιανουάριο
Τι αλλάζει στις συντάξεις το 2027
Ρεκόρ τουριστικών αφίξεων φέτος

Ακολουθήστε μας στο Facebook
© 2026 Ειδήσεις Σήμερα. Με την επιφύλαξη παντός δικαιώματος.
";

const SWEDISH: &str = "Nyheter
Sverige
Världen
Ekonomi
Sport
Kultur
Logga in

Sverige

Regeringen vill satsa miljarder på järnvägen i norr

Förslaget ska korta restiderna mellan Luleå och Umeå med nästan en timme

Av Anna Svensson
Publicerad 23 november 2026 kl. 14.30

Regeringen presenterade på måndagen ett förslag om att bygga ut järnvägen längs norrlandskusten. Investeringen beräknas kosta omkring 30 miljarder kronor och ska enligt infrastrukturministern vara klar till år 2035.

– Det här är en historisk satsning för hela regionen, sa ministern på en presskonferens i Stockholm.

Läs också: Tågförseningarna ökade kraftigt under hösten

Flera kommuner i norr har länge krävt bättre förbindelser, eftersom nya industrier i området behöver tusentals nya medarbetare. Oppositionen välkomnar förslaget men vill se en tydligare finansieringsplan.

Riksdagen väntas fatta beslut om förslaget i vår.

Dela artikeln
Facebook
Twitter
Kopiera länk

Mest läst
Stor brand i Göteborg under natten
Så blir vädret i helgen
Nytt rekord för svensk export

© 2026 Dagens Nyheter Norr. Alla rättigheter förbehållna.
";

const UKRAINIAN: &str = "Головна
Новини
Політика
Економіка
Світ
Спорт

Економіка

Уряд ухвалив нову програму підтримки малого бізнесу

Програма передбачає пільгові кредити та гранти для підприємців у прифронтових областях

Автор: Олена Коваленко
23 листопада 2026, 14:30

Кабінет міністрів ухвалив програму підтримки малого та середнього бізнесу на наступний рік. Про це повідомив прем'єр-міністр під час засідання уряду у вівторок.

За його словами, на програму спрямують понад 20 мільярдів гривень. Найбільше коштів отримають підприємці з прифронтових областей, які постраждали від обстрілів.

Читайте також: Як змінилися ціни на продукти за останній місяць

Експерти вважають, що програма допоможе зберегти робочі місця, однак наголошують на необхідності спростити процедуру отримання грантів.

Теги: економіка, бізнес, уряд

Найпопулярніше
У Києві відкрили новий міст
Прогноз погоди на вихідні

© 2026 Новини Сьогодні. Усі права захищені.
";

const CZECH: &str = "Zprávy
Domácí
Zahraničí
Ekonomika
Sport
Kultura

Domácí

Vláda schválila novou podporu pro rodiny s dětmi

Příspěvek by měl od ledna dostat přibližně půl milionu domácností

Autor: Jana Nováková
23. listopadu 2026 14:30

Vláda na svém pondělním zasedání schválila nový příspěvek pro rodiny s dětmi. Podle ministryně práce a sociálních věcí by měl pomoci zejména rodinám s nižšími příjmy, které nejvíce zasáhlo zdražování energií.

Příspěvek bude vyplácen měsíčně a jeho výše bude záviset na počtu dětí v domácnosti. Žádosti bude možné podávat elektronicky i na úřadech práce.

Čtěte také: Ceny potravin v říjnu znovu vzrostly

Opozice návrh kritizuje jako nedostatečný a požaduje plošné snížení daní. O zákonu bude ještě hlasovat Poslanecká sněmovna.

Sdílet článek
Facebook
Twitter

Nejčtenější
Silné mrazy zasáhnou celou republiku
Nový most v Praze otevřen

© 2026 Denní Zprávy. Všechna práva vyhrazena.
";

/// Title and body paragraphs from the streaming parser, fed line by line.
/// An Indian paper's article page: the byline, the place and the stamp on
/// one line between bars, below a sentence-case headline and standfirst.
/// Written for this test.
const INDIAN_BARRED: &str = "Home
India
World
Cities
Business
Sports
Entertainment
ePaper

Monsoon-hit farmers in Vidarbha to get compensation within a month, says state minister

The state government has set aside Rs 2,400 crore for crop losses caused by the late monsoon, officials said.

Written by Arjun Deshpande | Nagpur | Updated: November 21, 2026 10:15 IST

Follow Us

Farmers in the Vidarbha region whose crops were damaged by heavy rain in October will receive compensation within a month, the state's agriculture minister said on Friday.

Speaking to reporters in Nagpur, the minister said the revenue department had completed its survey of damaged fields in eleven districts and that payments would be made directly into farmers' bank accounts.

\"No farmer will have to visit a government office to claim this money,\" he said. \"The amounts will be credited in two instalments, the first before the end of December.\"

Farmer groups have said the compensation of Rs 13,600 per hectare is too low to cover the cost of seeds and fertiliser. Several groups have called for a protest march in Nagpur next week.

The opposition accused the government of delaying the survey for political reasons, a charge the minister denied.

Also Read | Cotton prices fall as exports slow
Also Read | Rain alert issued for six districts

© The Indian Express Pvt Ltd
";

/// An agency page with an all-capitals byline of two names joined by `AND`.
/// Written for this test.
const AGENCY_CAPS: &str = "Skip to main content
AP NEWS
Sections
U.S. News
World News
Politics
Sports
Entertainment
Business
Search
Sign in

City council approves plan to rebuild aging river bridge after decades of delays

BY MARGARET ELLISON AND TOMAS REYES
Updated 4:12 PM EST, November 21, 2026

Share
Copy

PORTLAND, Ore. (AP) — The city council voted 9-2 on Thursday to approve a long-delayed plan to replace the Morrison River bridge, ending nearly three decades of studies, lawsuits and false starts over the 1950s-era span.

The $410 million project will be paid for with a mix of federal grants, state transportation funds and a new local fee on heavy trucks, council members said. Construction is expected to begin in the spring of 2028 and last about four years.

“This bridge has been on borrowed time for a generation,” said council member Rosa Lindqvist, who led the push for the vote. “Today we finally stop studying it and start building it.”

Engineers warned in a 2023 report that the bridge’s steel supports were corroding faster than expected and that a major earthquake could leave it unusable for months. Traffic on the span has been limited to vehicles under 20 tons since 2019.

Opponents on the council said the truck fee would push freight companies to move to neighboring suburbs. Business groups have threatened to sue over the fee, which would add about $8 to each crossing by a heavy vehicle.

The mayor is expected to sign the measure next week.

___

Associated Press writer Jordan Blake contributed to this report from Salem, Oregon.

MORE NEWS
Wildfire smoke prompts health warnings across the region
School district delays start times after parents complain
Storm knocks out power to thousands on the coast

ABOUT
Contact Us
Terms of Use
Privacy Policy
Copyright 2026 The Associated Press. All Rights Reserved.
";

/// A French paper's page: the byline, then a stamp line long enough to
/// read as prose (`Publié le … à 14h05, mis à jour à 15h10`) right above
/// the first paragraph. Written for this test.
const FRENCH_STAMP: &str = "Accueil
International
Politique
Société
Économie
Culture
Sport
S'abonner

Société
La SNCF annonce la suppression de plusieurs lignes de train de nuit à partir de l'été prochain

Par Jean Dupont
Publié le 21 novembre 2026 à 14h05, mis à jour à 15h10

Lecture 3 min.

La SNCF a annoncé vendredi qu'elle cesserait d'exploiter trois lignes de train de nuit à partir de juillet 2027, invoquant des coûts d'exploitation trop élevés et un matériel roulant vieillissant.

Les lignes concernées relient Paris à Nice, à Briançon et à Latour-de-Carol. Elles avaient été relancées en 2021 avec le soutien de l'État, qui finance une partie de leur déficit.

« Nous ne pouvons pas continuer à faire circuler des voitures qui ont plus de quarante ans », a déclaré un responsable de l'entreprise lors d'une conférence de presse.

Les associations d'usagers ont dénoncé une décision « incompréhensible » alors que la fréquentation des trains de nuit a augmenté de 30 % en deux ans.

Le ministre des transports doit recevoir les représentants de la SNCF la semaine prochaine.

Lire aussi
Les trains de nuit font leur retour en Europe
Grève à la SNCF : le trafic perturbé ce week-end

Vous pouvez lire Le Monde sur un seul appareil à la fois
";

/// A broadcaster's page: a `Key points:` summary list between the headline
/// and the byline, whose points read like headlines too. Written for this
/// test.
const KEY_POINTS: &str = "Home
Business
Markets
Economy
Tech

Central bank raises interest rates for the third time this year

Key points:
The bank raised its main rate by a quarter point to 4.5%
It said inflation remains too high
Economists expect one more increase in early 2027

By Daniel Moore
Posted Sat 21 Nov 2026 at 9:00am

The central bank raised its main interest rate by a quarter of a percentage point on Friday, its third increase this year, saying inflation was still running well above its target.

In a statement, the bank's board said price growth had slowed in recent months but remained \"too high for comfort\", driven by rising rents and insurance costs.

The decision was widely expected by economists, most of whom now forecast one more increase early next year.

The bank said it would:
- keep watching the labour market closely;
- review its forecasts in February;
- act again if inflation does not slow.

Homeowners with variable-rate mortgages will see their repayments rise by about $60 a month on an average loan.

Posted 21 Nov 2026
Share
Related Stories
House prices fall for the fourth month
";

/// A local paper's storm report in one-sentence paragraphs: the last few
/// are short enough to cost the run more than they add. Written for this
/// test.
const ONE_LINERS: &str = "Storm closes highway as snow totals reach two feet - Mountain Daily
Mountain Daily
Weather
Roads
Schools

Storm closes highway as snow totals reach two feet

Ryan Blake
Nov 21, 2026

A winter storm closed the main highway over the pass on Friday.

Crews reported up to two feet of snow at the summit.

Troopers turned back dozens of trucks.

\"Stay home if you can,\" a spokeswoman said.

The road could reopen Saturday afternoon.

Schools in three districts canceled classes.

More snow is expected Sunday.

Trending
Ski resort opens early after record snowfall
Avalanche warning issued for backcountry
Local bakery wins state award
High school team advances to finals
";

/// A politics story with an embedded post and its attribution line.
/// Written for this test.
const EMBEDDED_POST: &str = "Home
Politics
World

Governor defends new campaign against drug abuse

By Jane Doe
November 19, 2026

The governor on Tuesday defended a new state campaign against drug abuse after its slogan was widely mocked online.

In a post on social media, she said the campaign had already done what it was meant to do: get people talking.

Meth is a problem in our state and we need to talk about it. That is what this campaign does.

— Governor Jane Roe (@GovJaneRoe) November 19, 2026

The state paid an agency about $449,000 to design the campaign, according to officials.

Critics said the money would have been better spent on treatment programs.

Related
Lawmakers question cost of ad campaign
";

/// A broadcaster's page that prints an image's credit first and its
/// caption after it under a label. Written for this test.
const LABELLED_CREDIT: &str = "Home
News
Sport

Festival organisers defend ticket prices after complaints

The organisers of a music festival have defended their ticket prices after fans complained about a 40% rise.

The festival, which takes place every August, said its costs had risen sharply since last year.

Tickets went on sale on Friday and sold out within two hours.

But the organisers say most tickets were sold at the old price.

Image copyright Getty Images
Image caption The festival drew more than 80,000 people last year

A spokesman said the rise reflected higher fees for security, staff and insurance.

Fans' groups have asked the organisers to publish a breakdown of the costs.

More on this story
";

/// A wire story with a photo gallery inside it that repeats the headline.
/// Written for this test.
const GALLERY_REPEAT: &str = "Rookie scores 40 as Hawks beat Celtics in overtime
Home
Sports
NBA

Rookie scores 40 as Hawks beat Celtics in overtime

John Smith, AP Sports Writer
Updated 1:33 am CST, Wednesday, November 20, 2026

ATLANTA (AP) — The rookie did not look like a rookie on Tuesday night.

He scored 40 points, including the go-ahead basket with 12 seconds left in overtime, as the Atlanta Hawks beat the Boston Celtics 121-117 for their fourth straight win.

It was the highest-scoring game by a Hawks rookie in more than thirty years, and it came against one of the best defensive teams in the league.

\"I just tried to stay aggressive,\" he said. \"My teammates kept finding me, and the shots went in.\"

Boston led by 14 points early in the third quarter before the Hawks went on a 20-4 run to take the lead.

Hawks guard shoots during the second half of the game against the Celtics.
Hawks guard shoots during the second half of the game against the Celtics.
Photo: Jane Roe, AP
Image 1 of 4
Caption
Close
Rookie scores 40 as Hawks beat Celtics in overtime
1 / 4
Back to Gallery

The Celtics had a chance to win at the end of regulation, but a 3-pointer at the buzzer rimmed out.

Boston's leading scorer finished with 31 points and nine rebounds but missed two free throws in the final minute of overtime.

\"We had our chances,\" the Celtics coach said. \"We didn't close it out, and that's on all of us.\"

Atlanta has won six of its last eight games and moved into fourth place in the Eastern Conference.

Atlanta shot 52% from the field in the second half and outrebounded Boston 24-15 after halftime, turning a double-digit deficit into a lead of its own.

The rookie's 40 points came on 15-of-24 shooting, and he added eight rebounds and five assists in 44 minutes on the court.

His previous career high was 28 points, set two weeks ago in a loss to the Miami Heat in a game the Hawks led by 12 at halftime.

The Hawks coach said the team had drawn up the final play for him because the Celtics had been trapping the veteran guards all night.

\"He has been getting better every week,\" the coach said. \"Tonight he showed everybody what we see in practice every day.\"

The veteran center added 22 points and 14 rebounds for Atlanta, which improved to 9-6 on the season.

Boston had won five of its previous six games, including a win over the Milwaukee Bucks on Sunday.

The Celtics were without their starting point guard, who missed his third straight game with a sprained ankle.

The crowd of 17,044 was the largest of the season at the Hawks' home arena, and many stayed on their feet for the whole overtime period.

The Hawks have not beaten the Celtics twice in a row since the 2019 season, when they swept a two-game set in Boston in December.

Tickets for Friday's game against the Bulls sold out within an hour of the final buzzer, the team said on Wednesday morning.

The league is expected to announce its rookie of the month awards next week, and the Hawks forward is now a favourite for the East.

Both teams have three days off before their next games, the longest break either has had since the start of the season.

The Hawks host the Bulls on Friday, while the Celtics visit the Knicks on Saturday.

Most Popular
";

fn streamed(text: &str) -> (Option<String>, Vec<String>, Vec<String>) {
    let mut title = None;
    let mut body = Vec::new();
    let mut authors = Vec::new();
    let mut s: Stream<4096, 32> = Stream::default();
    let mut sink = |e: Event<'_>| match e {
        Event::Title(b) => title = Some(b.text.to_string()),
        Event::Paragraph(b) => body.push(b.text.to_string()),
        Event::Author(b) => authors.push(b.text.to_string()),
        _ => {}
    };
    for line in text.split('\n') {
        s.push_line(line, &mut sink).expect("line fits");
    }
    s.finish(&mut sink);
    (title, body, authors)
}

/// The streaming parser finds the same title and body paragraphs as the
/// whole-document parser; returns the authors it reported.
fn stream_agrees(text: &str, title: Option<&str>, body: &[String]) -> Vec<String> {
    let (stitle, sbody, authors) = streamed(text);
    assert_eq!(stitle.as_deref(), title);
    assert_eq!(sbody, body);
    authors
}

fn body_of(text: &str) -> Vec<String> {
    let a = parse(text, &Config::default()).expect("parse");
    a.body()
        .map(|p| p.lines().collect::<Vec<_>>().join(" "))
        .collect()
}

#[test]
fn british_name_in_place_byline_and_a_closing_sentence() {
    let a = parse(BRITISH, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Taiwan's opposition parties fail to agree on joint presidential ticket")
    );
    assert_eq!(a.authors().collect::<Vec<_>>(), ["Helen Davidson"]);
    let body = body_of(BRITISH);
    assert_eq!(body.len(), 6, "{body:#?}");
    assert_eq!(
        body.last().map(String::as_str),
        Some("Candidates must register by Friday afternoon.")
    );
    let authors = stream_agrees(BRITISH, a.title(), &body);
    assert_eq!(authors, ["Helen Davidson"]);
}

#[test]
fn broadcaster_caption_label_and_two_line_byline() {
    let a = parse(BROADCASTER, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Scotland's ferry delays to cost another £50m")
    );
    assert_eq!(a.authors().collect::<Vec<_>>(), ["Mary Ann Smith"]);
    assert_eq!(a.outlet(), Some("BBC Scotland"));
    let captions: Vec<&str> = a.captions().collect();
    assert!(
        captions
            .contains(&"The Glen Sannox was launched in 2017 but has still not entered service"),
        "{captions:?}"
    );
    let body = body_of(BROADCASTER);
    assert_eq!(body.len(), 6, "{body:#?}");
    let authors = stream_agrees(BROADCASTER, a.title(), &body);
    assert_eq!(authors, ["Mary Ann Smith"]);
}

#[test]
fn indian_breadcrumb_dated_standfirst_and_promotions() {
    let a = parse(INDIAN, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Monsoon session of Parliament to begin on July 20")
    );
    assert_eq!(
        a.subtitle(),
        Some("The session will have 17 sittings and conclude on August 11, the minister said.")
    );
    let body = body_of(INDIAN);
    assert_eq!(body.len(), 5, "{body:#?}");
    assert!(
        body.iter().all(|p| !p.starts_with("Get Latest")),
        "{body:#?}"
    );
    // The streaming parser decides its header after six body paragraphs,
    // when the headline and standfirst above the byline still weigh more
    // than a quarter of the run, so it keeps them as paragraphs (a limit
    // of deciding early, README "Streaming"); the article's own paragraphs
    // are the same.
    let (_, sbody, _) = streamed(INDIAN);
    assert!(sbody.ends_with(&body), "{sbody:#?}");
}

#[test]
fn cable_channel_ad_feedback_lines_are_not_body() {
    let a = parse(CABLE, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Volcano erupts near Icelandic town after weeks of earthquakes")
    );
    assert_eq!(a.authors().collect::<Vec<_>>(), ["Jane Doe"]);
    let body = body_of(CABLE);
    assert_eq!(body.len(), 6, "{body:#?}");
    assert!(body.iter().all(|p| p != "Ad Feedback"), "{body:#?}");
    stream_agrees(CABLE, a.title(), &body);
}

#[test]
fn wire_glued_date_and_agency_photo_credit() {
    let a = parse(WIRE, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Iceland volcano erupts, threatening fishing town")
    );
    assert_eq!(
        a.authors().collect::<Vec<_>>(),
        ["Nora Buli", "Louise Breusch Rasmussen"]
    );
    assert_eq!(published(&a).as_deref(), Some("2023-12-19"));
    assert_eq!(a.outlet(), Some("Reuters"));
    let body = body_of(WIRE);
    assert!(
        body[0].starts_with("OSLO, Dec 19 (Reuters) - "),
        "{body:#?}"
    );
    assert!(
        body.iter().all(|p| !p.starts_with("Our Standards")),
        "{body:#?}"
    );
    assert!(a.captions().any(|c| c.ends_with("REUTERS/Stringer")));
    stream_agrees(WIRE, a.title(), &body);
}

#[test]
fn gulf_broadcaster_bracketed_caption_credit() {
    let a = parse(GULF, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Volcano erupts in Iceland after weeks of seismic activity")
    );
    assert_eq!(
        a.subtitle(),
        Some(
            "Residents of the nearby town of Grindavik were evacuated last month amid fears of an imminent eruption."
        )
    );
    assert_eq!(published(&a).as_deref(), Some("2023-12-19"));
    let body = body_of(GULF);
    assert_eq!(body.len(), 5, "{body:#?}");
    assert!(body[0].starts_with("A volcano has erupted"), "{body:#?}");
    stream_agrees(GULF, a.title(), &body);
}

#[test]
fn agency_app_promotion_between_paragraphs_does_not_end_the_body() {
    let a = parse(AGENCY, &Config::default()).expect("parse");
    assert_eq!(a.outlet(), Some("AP"));
    let body = body_of(AGENCY);
    assert!(
        body[0].starts_with("GRINDAVIK, Iceland (AP) — "),
        "{body:#?}"
    );
    assert!(
        body.iter()
            .any(|p| p == "The country sees frequent eruptions and is well-prepared for them."),
        "{body:#?}"
    );
    assert!(
        body.iter().all(|p| !p.starts_with("CLICK HERE")),
        "{body:#?}"
    );
    stream_agrees(AGENCY, a.title(), &body);
}

#[test]
fn closing_bio_of_a_name_and_outlet_byline() {
    let a = parse(CABLE_BIO, &Config::default()).expect("parse");
    assert_eq!(a.authors().collect::<Vec<_>>(), ["Jane Doe"]);
    assert_eq!(a.outlet(), Some("Fox News"));
    let body = body_of(CABLE_BIO);
    assert_eq!(body.len(), 4, "{body:#?}");
    assert_eq!(
        body.last().map(String::as_str),
        Some("Officials said there was no threat to life.")
    );
    stream_agrees(CABLE_BIO, a.title(), &body);
}

#[test]
fn us_paper_reporting_from_line_and_advert_labels() {
    let a = parse(US_PAPER, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Volcano Erupts in Iceland, Threatening a Fishing Town")
    );
    assert_ne!(a.section(), Some("SKIP ADVERTISEMENT"));
    assert_eq!(a.authors().collect::<Vec<_>>(), ["Jane Doe"]);
    assert_eq!(published(&a).as_deref(), Some("2023-12-19"));
    let body = body_of(US_PAPER);
    assert!(body[0].starts_with("A volcano erupted"), "{body:#?}");
    assert!(
        body.iter().all(|p| !p.starts_with("Jane Doe is")),
        "{body:#?}"
    );
    stream_agrees(US_PAPER, a.title(), &body);
}

#[test]
fn german_paper_with_an_advert_and_a_related_box_between_paragraphs() {
    let a = parse(GERMAN, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Stadtrat beschließt neues Verkehrskonzept für die Innenstadt")
    );
    assert_eq!(a.authors().collect::<Vec<_>>(), ["Katharina Berger"]);
    assert_eq!(published(&a).as_deref(), Some("2024-03-14"));
    let body = body_of(GERMAN);
    assert_eq!(body.len(), 5, "{body:#?}");
    assert!(
        body.iter()
            .all(|p| !p.starts_with("Anzeige") && !p.starts_with("Verkehrswende"))
    );
    assert!(body[4].starts_with("Die Stadtverwaltung will bis zum Sommer"));
    // As on the Indian page: the streaming parser decides its header while
    // the standfirst still weighs more than a quarter of the body so far,
    // so it keeps it as a paragraph (README "Streaming"); the article's own
    // paragraphs are the same.
    let (stitle, sbody, _) = streamed(GERMAN);
    assert_eq!(stitle.as_deref(), a.title());
    assert!(sbody.ends_with(&body), "{sbody:#?}");
}

#[test]
fn french_publication_line_is_the_date_not_a_paragraph() {
    let a = parse(FRENCH, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Le gouvernement présente son plan pour l’hôpital public")
    );
    assert_eq!(a.authors().collect::<Vec<_>>(), ["Claire Dumont"]);
    assert_eq!(published(&a).as_deref(), Some("2024-02-12"));
    let body = body_of(FRENCH);
    assert_eq!(body.len(), 4, "{body:#?}");
    assert!(body[0].starts_with("Le ministre de la santé a présenté, mercredi 12 février"));
    stream_agrees(FRENCH, a.title(), &body);
}

#[test]
fn arabic_byline_date_and_an_inline_read_also_link() {
    let a = parse(ARABIC, &Config::default()).expect("parse");
    assert_eq!(a.title(), Some("الحكومة تعلن خطة جديدة لدعم المزارعين"));
    assert_eq!(a.authors().collect::<Vec<_>>(), ["أحمد محمود"]);
    assert_eq!(published(&a).as_deref(), Some("2024-03-12"));
    let body = body_of(ARABIC);
    assert_eq!(body.len(), 5, "{body:#?}");
    assert!(body.iter().all(|p| !p.starts_with("اقرأ أيضا")));
    assert!(body[4].starts_with("وتأتي هذه الخطة"));
    stream_agrees(ARABIC, a.title(), &body);
}

/// `published` as ISO text (date only when the zone is unknown).
fn published(a: &tidings_core::article::Article<'_>) -> Option<String> {
    a.published()
        .and_then(|d| d.iso())
        .map(|i| i.as_str().to_owned())
}

#[test]
fn local_tv_datelines_and_a_station_credited_caption_are_not_body() {
    let a = parse(LOCAL_TV, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Crews battle brush fire near Highway 14; evacuation warnings issued")
    );
    assert_eq!(a.authors().collect::<Vec<_>>(), ["Daniel Ortiz"]);
    assert_eq!(published(&a).as_deref(), Some("2024-06-11T15:12-07:00"));
    let body = body_of(LOCAL_TV);
    assert!(
        body[0].starts_with("LANCASTER, Calif. (KXYZ) — Firefighters were battling"),
        "{body:#?}"
    );
    assert!(
        body.iter()
            .all(|p| !p.contains("2024") && !p.ends_with("(KXYZ)"))
    );
    assert_eq!(a.captions().count(), 1);
    stream_agrees(LOCAL_TV, a.title(), &body);
}

#[test]
fn italian_and_spanish_papers() {
    let a = parse(ITALIAN, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Maltempo al Nord, allerta rossa in tre regioni")
    );
    assert_eq!(a.authors().collect::<Vec<_>>(), ["Marco Rossi"]);
    assert_eq!(published(&a).as_deref(), Some("2023-11-03"));
    let body = body_of(ITALIAN);
    assert_eq!(body.len(), 4, "{body:#?}");
    assert!(body.iter().all(|p| !p.starts_with("Leggi anche")));
    stream_agrees(ITALIAN, a.title(), &body);

    let a = parse(SPANISH, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("El Banco Central mantiene los tipos de interés por tercera vez consecutiva")
    );
    assert_eq!(a.authors().collect::<Vec<_>>(), ["Lucía Fernández"]);
    assert_eq!(published(&a).as_deref(), Some("2024-06-06T14:15+02:00"));
    let body = body_of(SPANISH);
    assert_eq!(body.len(), 4, "{body:#?}");
    assert!(body.iter().all(|p| p != "Publicidad"));
    stream_agrees(SPANISH, a.title(), &body);
}

#[test]
fn turkish_paper_subject_in_capitals_and_a_standfirst_above_the_datelines() {
    let a = parse(TURKISH, &Config::default()).expect("parse");
    assert_eq!(a.title(), Some("Merkez Bankası faizi sabit tuttu"));
    // A finished sentence right below the title is the standfirst, though
    // it has one Turkish stop word.
    assert!(
        a.subtitle()
            .is_some_and(|s| s.starts_with("Merkez Bankası, politika faizini"))
    );
    assert_eq!(published(&a).as_deref(), Some("2023-11-12"));
    let body = body_of(TURKISH);
    assert!(
        body[0].starts_with("Merkez Bankası Para Politikası Kurulu, bugün"),
        "{body:#?}"
    );
    assert!(body.iter().all(|p| !p.contains("beklentilere paralel")));
    stream_agrees(TURKISH, a.title(), &body);
}

#[test]
fn indonesian_paper_author_label_and_read_also_link() {
    let a = parse(INDONESIAN, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Harga Beras Naik, Pemerintah Siapkan Operasi Pasar")
    );
    assert_eq!(a.authors().collect::<Vec<_>>(), ["Rina Wulandari"]);
    assert_eq!(published(&a).as_deref(), Some("2024-02-12T10:15+07:00"));
    let body = body_of(INDONESIAN);
    assert_eq!(body.len(), 4, "{body:#?}");
    assert!(body[0].starts_with("JAKARTA, KOMPAS - Pemerintah"));
    assert!(
        body.iter()
            .all(|p| !p.starts_with("Baca juga") && !p.starts_with("Simak"))
    );
    stream_agrees(INDONESIAN, a.title(), &body);
}

#[test]
fn hindi_paper_danda_sentences_uncased_byline_and_month_name() {
    let a = parse(HINDI, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("दिल्ली में प्रदूषण का स्तर फिर बढ़ा, स्कूल बंद करने का फैसला")
    );
    assert_eq!(a.authors().collect::<Vec<_>>(), ["राहुल शर्मा"]);
    assert_eq!(published(&a).as_deref(), Some("2023-11-03T10:30+05:30"));
    let body = body_of(HINDI);
    assert_eq!(body.len(), 3, "{body:#?}");
    assert!(body[0].starts_with("दिल्ली में शुक्रवार सुबह"));
    assert!(body.iter().all(|p| !p.starts_with("यह भी पढ़ें")));
    stream_agrees(HINDI, a.title(), &body);
}

#[test]
fn vietnamese_paper_day_first_numeric_date() {
    let a = parse(VIETNAMESE, &Config::default()).expect("parse");
    assert_eq!(a.title(), Some("Giá xăng tăng lần thứ ba liên tiếp"));
    assert!(
        a.subtitle()
            .is_some_and(|s| s.starts_with("Từ 15h chiều nay"))
    );
    assert_eq!(published(&a).as_deref(), Some("2023-10-12"));
    let body = body_of(VIETNAMESE);
    assert_eq!(body.len(), 3, "{body:#?}");
    assert!(body[0].starts_with("Theo thông báo của liên Bộ Công Thương"));
    assert!(body.iter().all(|p| !p.starts_with("Xem thêm")));
    stream_agrees(VIETNAMESE, a.title(), &body);
}

#[test]
fn polish_paper_genitive_month() {
    let a = parse(POLISH, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Rząd przyjął projekt budżetu na przyszły rok")
    );
    assert_eq!(a.authors().collect::<Vec<_>>(), ["Anna Kowalska"]);
    assert_eq!(published(&a).as_deref(), Some("2024-05-03"));
    let body = body_of(POLISH);
    assert_eq!(body.len(), 3, "{body:#?}");
    assert!(body.iter().all(|p| !p.starts_with("Czytaj")));
    stream_agrees(POLISH, a.title(), &body);
}

/// What a language page must give: its title, standfirst (a prefix, if
/// any), authors, publication day, the number of body paragraphs, a
/// related-link prefix no paragraph may start with, and how the last
/// paragraph starts; the streaming parser must agree.
struct Paper<'w> {
    title: &'w str,
    subtitle: Option<&'w str>,
    authors: &'w [&'w str],
    published: &'w str,
    paragraphs: usize,
    not_body: &'w str,
    last: &'w str,
}

fn check_paper(page: &str, want: Paper<'_>) {
    let a = parse(page, &Config::default()).expect("parse");
    assert_eq!(a.title(), Some(want.title));
    if let Some(prefix) = want.subtitle {
        assert!(
            a.subtitle().is_some_and(|s| s.starts_with(prefix)),
            "{:?}",
            a.subtitle()
        );
    }
    assert_eq!(a.authors().collect::<Vec<_>>(), want.authors);
    assert_eq!(published(&a).as_deref(), Some(want.published));
    let body = body_of(page);
    assert_eq!(body.len(), want.paragraphs, "{body:#?}");
    assert!(body.iter().all(|p| !p.starts_with(want.not_body)));
    assert!(
        body.last().is_some_and(|p| p.starts_with(want.last)),
        "{body:#?}"
    );
    stream_agrees(page, a.title(), &body);
}

#[test]
fn hebrew_paper_uncased_byline_and_read_more_link() {
    check_paper(
        HEBREW,
        Paper {
            title: "הממשלה אישרה תוכנית חדשה לדיור בר השגה",
            subtitle: None,
            authors: &["דנה כהן"],
            published: "2023-11-12",
            paragraphs: 3,
            not_body: "קראו עוד",
            last: "עם זאת, כלכלנים מזהירים",
        },
    );
}

#[test]
fn greek_paper_genitive_byline_and_month() {
    check_paper(
        GREEK,
        Paper {
            title: "Νέο πακέτο στήριξης για τα νοικοκυριά ανακοίνωσε η κυβέρνηση",
            subtitle: Some("Τα μέτρα αφορούν"),
            authors: &["Γιώργου Παπαδόπουλου"],
            published: "2026-11-23",
            paragraphs: 4,
            not_body: "Διαβάστε",
            last: "Οι ανακοινώσεις αναμένεται",
        },
    );
}

#[test]
fn swedish_paper_av_byline_and_lower_case_month() {
    check_paper(
        SWEDISH,
        Paper {
            title: "Regeringen vill satsa miljarder på järnvägen i norr",
            subtitle: Some("Förslaget ska korta"),
            authors: &["Anna Svensson"],
            published: "2026-11-23",
            paragraphs: 4,
            not_body: "Läs också",
            last: "Riksdagen väntas",
        },
    );
}

#[test]
fn ukrainian_paper_paragraph_after_the_read_also_link() {
    check_paper(
        UKRAINIAN,
        Paper {
            title: "Уряд ухвалив нову програму підтримки малого бізнесу",
            subtitle: None,
            authors: &["Олена Коваленко"],
            published: "2026-11-23",
            paragraphs: 3,
            not_body: "Читайте",
            last: "Експерти вважають",
        },
    );
}

#[test]
fn czech_paper_autor_byline_and_genitive_month() {
    check_paper(
        CZECH,
        Paper {
            title: "Vláda schválila novou podporu pro rodiny s dětmi",
            subtitle: None,
            authors: &["Jana Nováková"],
            published: "2026-11-23",
            paragraphs: 3,
            not_body: "Čtěte",
            last: "Opozice návrh",
        },
    );
}

/// A desk in the byline (`By News Desk`, `Haber Merkezi`, `La Rédaction`)
/// is neither an author nor an outlet; a person next to it still is.
#[test]
fn desk_bylines_name_no_author() {
    let page = |byline: &str| {
        format!(
            "Home\nWorld\n\nCouncil approves new budget for city schools\n\n{byline}\nNovember 23, 2026\n\n\
             The city council approved a new budget for public schools on Monday, adding funds for \
             teachers and repairs. The vote was 7 to 2 after a long debate.\n\n\
             Parents who attended the meeting said the money was long overdue. The mayor is expected \
             to sign the budget this week.\n\nShare this article\n"
        )
    };
    for desk in [
        "By News Desk",
        "By Web Desk",
        "Haber Merkezi",
        "Par La Rédaction",
    ] {
        let text = page(desk);
        let a = parse(&text, &Config::default()).expect("parse");
        assert_eq!(a.authors().count(), 0, "{desk}");
        assert_eq!(a.outlet(), None, "{desk}");
        assert_eq!(
            a.title(),
            Some("Council approves new budget for city schools")
        );
    }
    let text = page("By Jane Doe, Staff Writer");
    let a = parse(&text, &Config::default()).expect("parse");
    assert_eq!(a.authors().collect::<Vec<_>>(), ["Jane Doe"]);
}

#[test]
fn byline_place_and_stamp_between_bars_start_the_body_below_them() {
    let a = parse(INDIAN_BARRED, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some(
            "Monsoon-hit farmers in Vidarbha to get compensation within a month, says state minister"
        )
    );
    assert_eq!(
        a.subtitle(),
        Some(
            "The state government has set aside Rs 2,400 crore for crop losses caused by the late monsoon, officials said."
        )
    );
    assert_eq!(a.authors().collect::<Vec<_>>(), ["Arjun Deshpande"]);
    assert_eq!(published(&a).as_deref(), Some("2026-11-21T10:15+05:30"));
    body_opens_with(INDIAN_BARRED, 5, "Farmers in the Vidarbha region");
}

/// The body has `len` paragraphs, the first starting with `first`, and the
/// streaming parser ends with the same paragraphs.
fn body_opens_with(page: &str, len: usize, first: &str) {
    let body = body_of(page);
    assert_eq!(body.len(), len, "{body:#?}");
    assert!(
        body.first().is_some_and(|p| p.starts_with(first)),
        "{body:#?}"
    );
    let (_, sbody, _) = streamed(page);
    assert!(sbody.ends_with(&body), "{sbody:#?}");
}

#[test]
fn all_capitals_byline_joined_by_and() {
    let a = parse(AGENCY_CAPS, &Config::default()).expect("parse");
    assert_eq!(
        a.authors().collect::<Vec<_>>(),
        ["MARGARET ELLISON", "TOMAS REYES"]
    );
    assert_eq!(published(&a).as_deref(), Some("2026-11-21T16:12-05:00"));
    let body = body_of(AGENCY_CAPS);
    assert!(body[0].starts_with("PORTLAND, Ore. (AP)"), "{body:#?}");
}

#[test]
fn a_long_stamp_line_below_the_byline_is_header_not_body() {
    let a = parse(FRENCH_STAMP, &Config::default()).expect("parse");
    assert_eq!(a.authors().collect::<Vec<_>>(), ["Jean Dupont"]);
    assert_eq!(
        published(&a).as_deref().and_then(|p| p.get(..10)),
        Some("2026-11-21")
    );
    body_opens_with(FRENCH_STAMP, 5, "La SNCF a annoncé vendredi");
}

#[test]
fn a_key_points_list_is_neither_title_nor_standfirst() {
    let a = parse(KEY_POINTS, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Central bank raises interest rates for the third time this year")
    );
    assert_eq!(a.subtitle(), None);
    assert_eq!(a.authors().collect::<Vec<_>>(), ["Daniel Moore"]);
    let (stitle, _, _) = streamed(KEY_POINTS);
    assert_eq!(stitle.as_deref(), a.title());
}

#[test]
fn a_list_inside_the_body_stays_in_it() {
    let body = body_of(KEY_POINTS);
    let at = body
        .iter()
        .position(|p| p == "The bank said it would:")
        .expect("the list's intro is body");
    assert_eq!(
        body.get(at + 1..at + 4),
        Some(
            &[
                "- keep watching the labour market closely;".to_string(),
                "- review its forecasts in February;".to_string(),
                "- act again if inflation does not slow.".to_string(),
            ][..]
        ),
        "{body:#?}"
    );
    assert_eq!(body.len(), 8, "{body:#?}");
    let a = parse(KEY_POINTS, &Config::default()).expect("parse");
    stream_agrees(KEY_POINTS, a.title(), &body);
}

#[test]
fn short_closing_paragraphs_stay_in_the_body() {
    let body = body_of(ONE_LINERS);
    assert_eq!(body.len(), 7, "{body:#?}");
    assert_eq!(
        body.last().map(String::as_str),
        Some("More snow is expected Sunday.")
    );
    let a = parse(ONE_LINERS, &Config::default()).expect("parse");
    stream_agrees(ONE_LINERS, a.title(), &body);
}

#[test]
fn an_embedded_post_keeps_its_attribution_line() {
    let body = body_of(EMBEDDED_POST);
    assert!(
        body.iter()
            .any(|p| p == "— Governor Jane Roe (@GovJaneRoe) November 19, 2026"),
        "{body:#?}"
    );
    assert_eq!(body.len(), 6, "{body:#?}");
    let a = parse(EMBEDDED_POST, &Config::default()).expect("parse");
    stream_agrees(EMBEDDED_POST, a.title(), &body);
}

#[test]
fn the_paragraph_above_a_labelled_image_credit_is_not_its_caption() {
    let body = body_of(LABELLED_CREDIT);
    assert!(
        body.iter()
            .any(|p| p == "But the organisers say most tickets were sold at the old price."),
        "{body:#?}"
    );
    let a = parse(LABELLED_CREDIT, &Config::default()).expect("parse");
    assert!(
        a.captions()
            .any(|c| c.starts_with("Image caption The festival drew")),
        "{:?}",
        a.captions().collect::<Vec<_>>()
    );
    stream_agrees(LABELLED_CREDIT, a.title(), &body);
}

#[test]
fn a_headline_repeated_in_a_gallery_inside_the_article_does_not_cut_it() {
    let body = body_of(GALLERY_REPEAT);
    assert!(
        body.first()
            .is_some_and(|p| p.starts_with("ATLANTA (AP) — The rookie")),
        "{body:#?}"
    );
    assert_eq!(body.len(), 23, "{body:#?}");
    let a = parse(GALLERY_REPEAT, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Rookie scores 40 as Hawks beat Celtics in overtime")
    );
    assert_eq!(a.subtitle(), None);
    stream_agrees(GALLERY_REPEAT, a.title(), &body);
}

#[test]
fn an_interviews_short_turns_stay_in_the_body() {
    let page = "Home\nPeople\n\nTen questions for the new head of the city orchestra\n\nBy Jane Doe\nNovember 21, 2026\n\nThe city orchestra's new music director took up her post this month after fifteen years with orchestras in Europe and Asia. We asked her about her plans.\n\nQ: What will change first?\n\nA: The schedule. We will play more concerts in schools and in neighbourhoods that have never had an orchestra come to them, because that is where the next audience is.\n\nQ: Favorite composer?\n\nA: Brahms\n\nQ: Favorite city?\n\nA: Lisbon\n\nQ: What do you do when you are not working?\n\nA: I walk for hours, usually without a map, and I cook for friends when I am at home long enough to buy groceries.\n\nMore from People\n";
    let body = body_of(page);
    for turn in [
        "Q: Favorite composer?",
        "A: Brahms",
        "Q: Favorite city?",
        "A: Lisbon",
    ] {
        assert!(body.iter().any(|p| p == turn), "{turn:?} not in {body:#?}");
    }
    let a = parse(page, &Config::default()).expect("parse");
    stream_agrees(page, a.title(), &body);
}

/// A live page: the headline and standfirst above `Live` / `Updated at`,
/// then a key-events list of relative stamps and entry headlines
/// (`2h ago` / `Deal 'within reach', says host nation`), then the byline
/// with two placed names and the dateline. The entries are neither title
/// nor standfirst; the placed byline is found though it sits far below the
/// title.
const LIVE: &str = "The Daily Ledger

News
World
Business
Climate
Opinion

Climate summit live: negotiators work through the night as deadline passes

Talks on a new adaptation fund stall over who pays; protesters gather outside the venue

Live

Updated at 09.42 GMT

Key events

2h ago
Deal 'within reach', says host nation

4h ago
Protest outside the venue

Priya Raman in Belém and Tom Hollis in London

Sat 22 Nov 2026 09.42 GMT

09.42 GMT

The host nation's chief negotiator has told reporters that a deal is \"within reach\" but that several delegations still had objections to the wording on finance. She said a new draft would be circulated by midday.

09.15 GMT

Overnight, negotiators from the largest emitters met in a closed session that lasted more than six hours. Observers said the mood was tense but that the gap between the two main blocs had narrowed.

\"We are closer than we were yesterday, but we are not there yet,\" one European delegate said on leaving the room.

08.30 GMT

Several hundred protesters have gathered outside the conference centre, calling for the fund to be financed by a levy on fossil fuel companies. Police said the protest was peaceful.

07.55 GMT

Good morning and welcome to our live coverage of the final hours of the climate summit. The talks were scheduled to end at 6pm yesterday but ran through the night, as they have at most summits of the past decade.

Share

Comments (214)

Most viewed

Five things we learned from the budget

Why winter storms are getting wetter
";

#[test]
fn live_page_key_events_are_not_the_headline() {
    let a = parse(LIVE, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Climate summit live: negotiators work through the night as deadline passes")
    );
    assert!(
        a.subtitle()
            .is_some_and(|s| s.starts_with("Talks on a new adaptation fund")),
        "{:?}",
        a.subtitle()
    );
    assert_eq!(
        a.authors().collect::<Vec<_>>(),
        ["Priya Raman", "Tom Hollis"]
    );
    assert_eq!(published(&a).as_deref(), Some("2026-11-22T09:42+00:00"));
    let body = body_of(LIVE);
    assert!(
        body.first()
            .is_some_and(|p| p.starts_with("The host nation's chief negotiator")),
        "{body:#?}"
    );
    assert!(
        body.last().is_some_and(|p| p.starts_with("Good morning")),
        "{body:#?}"
    );
    assert!(!body.iter().any(|p| p.starts_with("Protest outside")));
    stream_agrees(LIVE, a.title(), &body);
}

/// One relative stamp above the headline is the article's own (`Published
/// 22 hours ago`, as Fox pages print it): the headline below it stays the
/// title.
#[test]
fn one_stamp_above_the_headline_is_the_articles_own() {
    let page = "Home\nEntertainment\n\nTelevision\nPublished 22 hours ago\n\nVeteran actor leaves the dance show after an emotional week\n\nBy Sam Ortiz | Daily Wire Service\n\nThe veteran actor was voted off the dance competition on Monday night after a close vote, days after telling viewers about a difficult week at home.\n\nHe thanked his partner and the judges, and said the show had given him a reason to get up in the morning during a hard time for his family.\n\nThe competition continues next week with six couples left.\n\nTrending\n";
    let a = parse(page, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Veteran actor leaves the dance show after an emotional week")
    );
    let body = body_of(page);
    stream_agrees(page, a.title(), &body);
}

/// A US paper with a newsletter box inside the article: the call to action
/// and its pitch on the line under it (`Get the day's top business stories
/// in your inbox.`) are a promotion, not a paragraph.
const NEWSLETTER_BOX: &str = "Metro Tribune

Log in
Subscribe

Business

Regional airline orders 20 electric planes for short routes

Listen to this article
5 min

Nov. 21, 2026 at 3:12 p.m. EST

By Daniel Okafor

A regional airline based in the Pacific Northwest said Friday it had ordered 20 battery-electric aircraft for routes shorter than 250 miles, the largest such order in North America so far.

The planes, which seat 30 passengers, are expected to enter service in 2029 if regulators certify them in time. The airline did not disclose the price but said the order was worth \"several hundred million dollars\" at list prices.

Sign up for our Business newsletter
Get the day's top business stories in your inbox.

Electric aircraft have struggled to move beyond prototypes because batteries remain heavy compared with the energy they store. Manufacturers have focused on short hops where the weight penalty matters less.

\"On a 40-minute flight, the economics start to work,\" the airline's chief executive said in an interview. \"Fuel is our second-largest cost, and maintenance on an electric motor is far simpler.\"

Advertisement

Analysts were cautious. Certification of new aircraft types routinely takes longer than planned, and the airline will need charging equipment at each of its 14 airports.

The company's shares rose 4 percent in afternoon trading.

Topics
Aviation
Climate
Transportation

Daniel Okafor covers transportation for the Metro Tribune. He previously reported from Lagos and Chicago.
";

#[test]
fn a_newsletter_boxs_pitch_is_not_a_paragraph() {
    check_paper(
        NEWSLETTER_BOX,
        Paper {
            title: "Regional airline orders 20 electric planes for short routes",
            subtitle: None,
            authors: &["Daniel Okafor"],
            published: "2026-11-21T15:12-05:00",
            paragraphs: 6,
            not_body: "Get the day",
            last: "The company's shares rose",
        },
    );
}

/// An opinion column: the author's name on a line of its own, then her
/// biography (`Helen Marsh is a writer …`) above the column. The biography
/// is not the standfirst.
const COLUMN_BIO: &str = "The Morning Standard

Sections
Opinion
Columnists
Letters

Opinion

Our towns need libraries more than ever. Stop closing them

Helen Marsh

Helen Marsh is a writer and former librarian. Her latest book is The Quiet Room.

Fri 21 Nov 2026 06.00 GMT

Last week my local council announced that it would close four of its eleven libraries next spring. The reason given was money, as it always is. But the decision says more about how we value shared spaces than about any budget line.

A library is one of the last places where nobody asks you to buy anything. Children do homework there; older people read the papers; job seekers print CVs on the only printer they can reach. When a branch closes, these people do not move to the next one across town. They stop coming.

The savings, meanwhile, are small. Running costs for a branch library are a fraction of what the council spends on consultants each year. The buildings are often owned outright and would sell for little.

There are better answers. Several towns have merged libraries with health centres or council offices, keeping the doors open and sharing the bills. Volunteers can extend opening hours, though they should never replace trained staff.

If councils want to save money, they should start by asking what a closed library costs the community, and not only what an open one costs the council.

The views expressed in this column are the author's own.

Do you have an opinion on the issues raised in this article? Submit a letter of up to 300 words to be considered for publication.

More from Helen Marsh

Why I still write letters by hand

The joy of a slow train
";

#[test]
fn a_columnists_biography_is_not_the_standfirst() {
    let a = parse(COLUMN_BIO, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Our towns need libraries more than ever. Stop closing them")
    );
    assert_eq!(a.subtitle(), None);
    assert_eq!(a.authors().collect::<Vec<_>>(), ["Helen Marsh"]);
    let body = body_of(COLUMN_BIO);
    assert!(
        body.first().is_some_and(|p| p.starts_with("Last week")),
        "{body:#?}"
    );
    stream_agrees(COLUMN_BIO, a.title(), &body);
}

/// A match report: the reporter at the ground (`Sam Whitaker at the
/// Emirates Stadium`), the dateline, then the score lines with the scorers.
/// The dateline is the article's date, not the first row of a table that
/// pulled the body up over it.
const MATCH_REPORT: &str = "Sport Weekly

Football
Cricket
Rugby
Tennis
F1

Premier League

Arsenal 2-1 Chelsea: late header settles the London derby

Gabriel's 88th-minute goal keeps Arsenal top of the table

Sam Whitaker at the Emirates Stadium

Sun 23 Nov 2026 18.55 GMT

Arsenal 2 (Saka 34, Gabriel 88)
Chelsea 1 (Palmer 61)

Arsenal stayed top of the Premier League after Gabriel rose highest to head in a corner two minutes from time, ending a derby that Chelsea had threatened to take away from them after the break.

Bukayo Saka gave the home side the lead with a low shot from the edge of the area, the ball taking a deflection off a defender on its way in. Arsenal should have been further ahead by half-time, with two chances spurned from close range.

Chelsea improved after the interval and equalised when Cole Palmer curled a free-kick over the wall. For twenty minutes the visitors were the better side, and the home crowd grew anxious.

The winner came from a set piece, as so many of Arsenal's goals have this season. Declan Rice's corner found Gabriel at the near post, and his header went in off the crossbar.

\"We showed character,\" the Arsenal manager said afterwards. \"It was not our best game, but the players never stopped believing.\"

Arsenal: Raya; White, Saliba, Gabriel, Timber; Rice, Odegaard, Merino; Saka, Havertz, Martinelli.
Chelsea: Sanchez; James, Fofana, Colwill, Cucurella; Caicedo, Fernandez; Madueke, Palmer, Neto; Jackson.
Referee: M Oliver.

More on this story

Premier League table

Five things we learned from the weekend
";

#[test]
fn a_match_reports_dateline_and_reporter_at_the_ground() {
    let a = parse(MATCH_REPORT, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Arsenal 2-1 Chelsea: late header settles the London derby")
    );
    assert_eq!(a.authors().collect::<Vec<_>>(), ["Sam Whitaker"]);
    assert_eq!(published(&a).as_deref(), Some("2026-11-23T18:55+00:00"));
    let body = body_of(MATCH_REPORT);
    assert!(
        body.first()
            .is_some_and(|p| p.starts_with("Arsenal stayed top")),
        "{body:#?}"
    );
    stream_agrees(MATCH_REPORT, a.title(), &body);
}

/// A paywalled page: two paragraphs, then the offer (`Then $75 per month.
/// Complete digital access … Cancel anytime during your trial.`), which
/// reads like a sentence but is no part of the article.
const PAYWALL: &str = "The Financial Courier

Markets
Companies
Economy
Opinion

Economy

Central bank signals pause as inflation cools for third month

Policymakers said they would wait for more data before cutting rates

Elena Petrova in Frankfurt

November 21 2026

The European Central Bank signalled on Thursday that it would keep interest rates on hold next month, as inflation in the eurozone slowed for a third consecutive month.

Several members of the governing council said in speeches that the bank should wait for data on wages in the first quarter before deciding whether to cut borrowing costs.

Subscribe to unlock this article

Try unlimited access
Only $1 for 4 weeks

Then $75 per month. Complete digital access to quality journalism on any device. Cancel anytime during your trial.

Explore our full range of subscriptions

Already a subscriber? Sign in
";

#[test]
fn a_paywall_offer_is_not_a_paragraph() {
    check_paper(
        PAYWALL,
        Paper {
            title: "Central bank signals pause as inflation cools for third month",
            subtitle: Some("Policymakers said they would wait"),
            authors: &["Elena Petrova"],
            published: "2026-11-21",
            paragraphs: 2,
            not_body: "Then $75",
            last: "Several members of the governing council",
        },
    );
}

//! Header decisions on small pages written for these tests: which line is
//! the title and which the standfirst when both read like headlines.
//!
//! Spanish and Portuguese sites often print the standfirst (bajada, linha
//! fina) without a final full stop, right between the headline and the
//! byline. It then sits nearer the byline and repeats more of the lede than
//! the headline does, and used to win the title. The rule that fixes it
//! (`header::headline_above`) must not fire on an English page whose
//! winner is itself a headline under a category label, nor when the line
//! above is another story's headline.

use tidings_core::article::{Config, parse};

fn title_and_subtitle(page: &str) -> (Option<String>, Option<String>) {
    let a = parse(page, &Config::default()).expect("parse");
    (
        a.title().map(str::to_owned),
        a.subtitle().map(str::to_owned),
    )
}

const LEDE_ES: &str = "El Banco Central anunció este jueves un recorte de 25 puntos básicos en su tasa de interés de referencia, que queda en el 3,5 %, en un intento por reactivar una economía que muestra signos de debilidad.
Según el comunicado oficial, la decisión fue tomada por unanimidad por los miembros del consejo, que destacaron la moderación de la inflación durante los últimos meses.
Los analistas consultados coincidieron en que el recorte era esperado, aunque algunos advirtieron que la política monetaria por sí sola no bastará para impulsar el crecimiento.
El próximo encuentro del consejo está previsto para el 14 de diciembre, cuando se conocerán las nuevas proyecciones.
";

#[test]
fn spanish_headline_above_an_unpunctuated_standfirst() {
    let page = format!(
        "Menú
Inicio | Nacional | Internacional | Economía | Deportes
Suscríbete

El Banco Central recorta las tasas de interés por tercera vez este año
La medida busca estimular la economía ante la desaceleración del consumo
Redacción
Madrid, 12 de octubre de 2024 - 10:45
{LEDE_ES}Noticias relacionadas
Las exportaciones caen por segundo mes consecutivo
Todos los derechos reservados © 2024
"
    );
    let (title, subtitle) = title_and_subtitle(&page);
    assert_eq!(
        title.as_deref(),
        Some("El Banco Central recorta las tasas de interés por tercera vez este año")
    );
    assert_eq!(
        subtitle.as_deref(),
        Some("La medida busca estimular la economía ante la desaceleración del consumo")
    );
}

#[test]
fn portuguese_headline_above_a_longer_standfirst() {
    let page = "Política Economia Mundo Esporte Cultura
Entrar

Economia
Inflação desacelera em outubro e fica abaixo das expectativas do mercado
IPCA subiu 0,24% no mês, segundo o IBGE; no acumulado de 12 meses, índice está em 4,82%
Maria Souza
São Paulo
10 de novembro de 2023
A inflação oficial do Brasil desacelerou em outubro e ficou abaixo do esperado por analistas, segundo dados divulgados nesta sexta-feira pelo IBGE.
O IPCA subiu 0,24% no mês, após alta de 0,26% em setembro. A mediana das projeções do mercado apontava para 0,29%.
No acumulado em 12 meses, a inflação está em 4,82%, acima do teto da meta de 4,75% perseguida pelo Banco Central.
Os principais impactos no mês vieram dos grupos de alimentação e transportes, de acordo com o instituto.
Comentários
Todos os direitos reservados.
";
    let (title, _) = title_and_subtitle(page);
    assert_eq!(
        title.as_deref(),
        Some("Inflação desacelera em outubro e fica abaixo das expectativas do mercado")
    );
}

const LEDE_EN: &str = "Black Friday 2019 is going to be huge for all sorts of product categories, and Apple devices are no exception this year.
AirPods dropped to an all-time low on Amazon at just $139, and the iPad is down to its lowest price ever at several retailers.
We rounded up the best early Black Friday deals on Apple devices that you can already get right now, before the big day.
Prices change quickly, so check each retailer before you buy anything on our list of deals.
";

#[test]
fn english_headline_under_a_title_case_label_stays_the_title() {
    // The winner is a headline (Title Case words), not a standfirst: the
    // label above it must not take the title.
    let page = format!(
        "Tech
Apple Black Friday 2019 Deals
The 10 best early Black Friday deals on Apple devices
By Maren Estrada
November 19th, 2019 at 8:40 AM
{LEDE_EN}Leave a Reply
"
    );
    let (title, _) = title_and_subtitle(&page);
    assert_eq!(
        title.as_deref(),
        Some("The 10 best early Black Friday deals on Apple devices")
    );
}

#[test]
fn another_story_headline_above_the_title_does_not_take_it() {
    // The line above shares no content word with the lede: another story.
    let page = format!(
        "Menú
Inicio | Nacional | Internacional

Diputados aprueban la reforma judicial tras una larga sesión nocturna
El Banco Central recorta las tasas de interés por tercera vez este año
Redacción
Madrid, 12 de octubre de 2024 - 10:45
{LEDE_ES}Todos los derechos reservados © 2024
"
    );
    let (title, _) = title_and_subtitle(&page);
    assert_eq!(
        title.as_deref(),
        Some("El Banco Central recorta las tasas de interés por tercera vez este año")
    );
}

#[test]
fn standfirst_right_below_the_title_is_the_subtitle_even_as_a_card() {
    // Headline + unpunctuated sentence, no blank line: the pattern of a
    // teaser card in a related list, and of a title with its standfirst.
    let page = "Cronaca Politica Esteri Economia Sport Cultura
Abbonati

Cronaca
Maltempo, allerta rossa in Emilia-Romagna: scuole chiuse e fiumi osservati speciali
La Protezione civile invita i cittadini a limitare gli spostamenti. Attese piogge intense fino a domenica
di Marco Rossi
17 maggio 2023
BOLOGNA — È di nuovo allerta rossa in Emilia-Romagna per il rischio idrogeologico. La Protezione civile regionale ha disposto la chiusura delle scuole in numerosi comuni delle province di Bologna, Ravenna e Forlì-Cesena.
I fiumi sono sorvegliati speciali dopo le piogge delle ultime ore: il livello del Lamone e del Savio ha superato la soglia di guardia in diversi punti, e alcune strade provinciali sono state chiuse al traffico.
«Chiediamo a tutti la massima prudenza», ha detto il presidente della Regione durante un punto stampa.
Secondo le previsioni, le precipitazioni dovrebbero attenuarsi a partire da lunedì.
© RIPRODUZIONE RISERVATA
Commenti
";
    let (title, subtitle) = title_and_subtitle(page);
    assert_eq!(
        title.as_deref(),
        Some("Maltempo, allerta rossa in Emilia-Romagna: scuole chiuse e fiumi osservati speciali")
    );
    assert_eq!(
        subtitle.as_deref(),
        Some(
            "La Protezione civile invita i cittadini a limitare gli spostamenti. Attese piogge intense fino a domenica"
        )
    );
}

const LEDE_DE: &str = "Berlin. Der Bundestag hat am Freitag das umstrittene Gebäudeenergiegesetz beschlossen. Für das Gesetz stimmten 399 Abgeordnete, 275 votierten dagegen.

Das Gesetz sieht vor, dass ab dem kommenden Jahr jede neu eingebaute Heizung zu mindestens 65 Prozent mit erneuerbaren Energien betrieben werden muss.

Bundeswirtschaftsminister Robert Habeck sprach von einem wichtigen Schritt für den Klimaschutz, die Union kritisierte das Verfahren dagegen scharf.

";

#[test]
fn a_label_above_the_title_is_the_section_a_menu_is_not() {
    let title = "Bundestag beschließt umstrittenes Heizungsgesetz nach langer Debatte";
    let page = |above: &str| {
        format!(
            "Startseite\n\n{above}\n\n{title}\n\nVon Anna Müller\n08.09.2023, 14:32 Uhr\n\n{LEDE_DE}Impressum\n"
        )
    };
    let section = |above: &str| {
        let text = page(above);
        let a = parse(&text, &Config::default()).expect("parse");
        assert_eq!(a.title(), Some(title));
        a.section().map(str::to_owned)
    };
    assert_eq!(section("Politik").as_deref(), Some("Politik"));
    assert_eq!(section("Politik | Wirtschaft | Sport"), None);
}

const LEDE_HEALTH: &str = "Health officials in three counties reported a sharp rise in cases of a rare lung condition this autumn, and doctors say the cause may be the feather duvet on the bed.

The condition, an allergic reaction to proteins in feathers, usually builds over months, which makes it hard to spot. Patients describe a cough and a shortness of breath that do not go away.

Specialists recommend that anyone with such symptoms see a doctor and mention their bedding, pillows and any birds kept at home.

";

#[test]
fn a_name_followed_by_a_job_title_is_the_byline() {
    // Contributor networks print the author and the job title on one line,
    // with no comma and no `By`.
    let page = |byline: &str| {
        format!(
            "Subscribe\n\nHealth\n\nHow a Feather Duvet Nearly Cost One Man His Lungs\n\n{byline}\n\n{LEDE_HEALTH}Follow me on Twitter.\n"
        )
    };
    let authors = |byline: &str| {
        let text = page(byline);
        let a = parse(&text, &Config::default()).expect("parse");
        assert_eq!(
            a.title(),
            Some("How a Feather Duvet Nearly Cost One Man His Lungs")
        );
        a.authors().map(str::to_owned).collect::<Vec<_>>()
    };
    assert_eq!(authors("Bruce Y. Lee Senior Contributor"), ["Bruce Y. Lee"]);
    assert_eq!(authors("Maria Lopez Staff Writer"), ["Maria Lopez"]);
    // A label that ends on a job-title word names nobody.
    assert!(authors("Letters to the Editor").is_empty());
}

#[test]
fn datelines_in_european_abbreviated_and_korean_dotted_forms() {
    // The dateline under the byline, written as Spanish, French, German,
    // Russian and Korean sites write it.
    let published = |dateline: &str| {
        let page = format!(
            "Menú\nInicio | Nacional | Economía\n\nEconomía\n\nEl Banco Central recorta las tasas de interés por tercera vez este año\n\nRedacción\n{dateline}\n\n{LEDE_ES}Todos los derechos reservados\n"
        );
        let a = parse(&page, &Config::default()).expect("parse");
        a.published()
            .and_then(|d| d.iso())
            .map(|i| i.as_str().to_owned())
    };
    assert_eq!(
        published("10 nov 2023 - 10:30 CET").as_deref(),
        Some("2023-11-10T10:30+01:00")
    );
    assert_eq!(
        published("Publicado el 10 dic. 2023").as_deref(),
        Some("2023-12-10")
    );
    assert_eq!(
        published("Publié le 10 févr. 2024").as_deref(),
        Some("2024-02-10")
    );
    assert_eq!(
        published("Stand: 10. Okt. 2023").as_deref(),
        Some("2023-10-10")
    );
    assert_eq!(published("10 дек. 2023").as_deref(), Some("2023-12-10"));
    assert_eq!(
        published("입력 2023. 11. 10. 오전 10:30").as_deref(),
        Some("2023-11-10")
    );
    // An ordinary word between two numbers is not a month.
    assert_eq!(published("Ganó 3 set 2 a 1"), None);
}

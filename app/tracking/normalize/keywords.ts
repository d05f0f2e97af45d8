// Fallback for raw carrier codes we have no table entry for: the carrier's own words decide.
// Text is folded first (accents stripped, lower case, one kind of apostrophe), so patterns are
// written in lower-case ASCII: "livré", "LIVRE" and "livre" all read "livre"; "zurück" reads
// "zuruck". Patterns cover English plus the wording of French, German, Spanish, Italian, Dutch,
// Portuguese and Japanese carriers.
// Order matters: the first rule that matches wins, so specific and negative phrasings
// ("could not be delivered", "to be delivered today") come before the plain ones ("delivered").
import type { EventCode } from "../taxonomy/codes";

type Rule = readonly [RegExp, EventCode];

/** Any of the alternatives. */
const any = (...alternatives: string[]) => `(?:${alternatives.join("|")})`;

/** Compiles one rule; the pattern is folded the same way as the text (matters for Japanese). */
const rule = (code: EventCode, pattern: string): Rule => [new RegExp(pattern.normalize("NFD")), code];

/** Matches when every group is found somewhere in the text, in any order. */
const all = (code: EventCode, ...groups: string[]): Rule => rule(code, `^${groups.map((g) => `(?=[^]*${g})`).join("")}`);

// Shared vocabulary.
const DELIVERED = any("delivered", "\\blivree?s?\\b", "\\bdistribue\\b", "remis au destinataire", "zugestellt", "ausgeliefert", "entregad[oa]", "\\bentregue\\b", "bezorgd", "afgeleverd", "consegnat[oa]", "配達(完了|しました)", "お届け(済|しました)");
const RETURN = any("\\breturn", "\\bretour", "renvoye", "zur(u|ue)ck", "rucksend", "ruecksend", "devuel", "devolu", "devolvid", "retourn", "geretourneerd", "\\breso\\b", "restitu", "返送", "返品");
const CUSTOMS = any("customs", "douane", "dedouan", "zoll", "verzoll", "aduan", "dogana", "sdogan", "alfandega", "aduaneir", "税関", "通関");
const PICKUP_READY = any(
  "ready for (recipient |customer )?(pick ?up|collection)",
  "available for (pick ?up|collection)",
  "awaiting (customer |recipient )?(pick ?up|collection)",
  "(held|hold) (at|for) (location|pick ?up|collection)",
  "waiting for (you|collection|pick ?up)",
  "(?<!in)(?<!no |non )disponib",
  "vous attend",
  "\\ba retirer\\b",
  "pret a etre retire",
  "en instance",
  "zur abholung",
  "abholbereit",
  "para recoger",
  "listo para (recoger|retirar)",
  "klaar (om op te halen|voor afhalen)",
  "ligt (voor (je|u) )?klaar",
  "pronto per il ritiro",
  "in giacenza",
  "retirada",
  "aguardando retirada",
  "受取可能",
  "保管中",
);
const LOCKER = any("locker", "packstation", "\\bconsignes?\\b", "casillero", "taquilla", "pakketautomaat", "armadietto", "armario", "ロッカー");
const POST_OFFICE = any("post ?office", "bureau de poste", "\\bfiliale\\b", "postfiliale", "oficina de correos", "postkantoor", "ufficio postale", "agencia dos correios", "郵便局");
const PICKUP_POINT = any("pick ?up (point|location|shop)", "parcel ?shop", "access point", "point relais", "relais", "point (de )?retrait", "paketshop", "abholstelle", "punto de (recogida|entrega)", "afhaalpunt", "\\bpunt\\b", "punto (di )?ritiro", "ponto de retirada", "受取場所");
const PAID = any("(?<!un)paid", "(?<!non )\\bpaye", "(?<!nicht )bezahlt", "beglichen", "pagad[oa]", "betaald", "pagat[io]");

const RULES: readonly Rule[] = [
  // Tracking number problems.
  rule("pending.invalid_number", any("invalid (tracking |inquiry |shipment )?number", "numero (de suivi )?invalide", "ungultige sendungsnummer", "numero de seguimiento (no valido|invalido)", "ongeldig (track|zending)")),
  rule("exception.missing_scans", any("no (tracking )?(updates?|movement|information|scans?) (for|since|in (the )?(last|past))", "keine bewegung seit")),
  rule("pending.not_found", any("(tracking|shipment|parcel|package|number|item|information|record|consignment|data|waybill|reference)( \\w+)? (was |is |has been )?not found", "^not found", "(number|tracking|information|record)[^]{0,20}(cannot|could not|can't) be found", "no (tracking )?information (available|for|found)", "there is no information", "no record", "aucune information", "keine (daten|informationen)", "sin informacion", "geen informatie", "nessuna informazione", "sem informac")),

  // Returns and other terminal outcomes.
  rule("returning.return_label_created", any("return label (created|issued|printed|generated)", "etiquette (de )?retour", "rucksendeetikett", "etiqueta de devolucion", "retourlabel")),
  rule("returned.customer_return_received", any("return (received|processed|accepted) (by|at) (the )?(merchant|retailer|store|shop|warehouse)", "retour recu par")),
  rule("returned.returned_to_sender", any(
    "delivered,? to (the )?(original )?(sender|shipper)",
    "return(ed)? (shipment )?delivered",
    "returned to (the )?(sender|shipper),? delivered",
    "(livre|distribue|remis) a l'expediteur",
    "(an den|dem) absender zugestellt",
    "entregad[oa] al remitente",
    "bezorgd bij (de )?afzender",
    "consegnat[oa] al mittente",
    "entregue ao remetente",
  )),
  rule("returned.disposed", any("disposed", "abandoned", "entsorgt", "descartad", "廃棄")),
  rule("exception.customs_refused", any(`${CUSTOMS}.{0,40}(refus|reject|seiz|confiscat|beschlagnahm|verweigert|rechaz|geweigerd|rifiut|recusad|apreend)`, "(seized|confiscated|rejected) by customs")),
  all("returning.customs", CUSTOMS, RETURN),
  rule("returning.unclaimed", any("unclaimed", "not (collected|claimed|picked up) (in time|within)", "non reclame", "nicht abgeholt", "no (ha sido )?recogido", "niet (op tijd )?opgehaald", "non ritirat", "nao (foi )?retirad", "保管期限")),
  all("returning.refused", any("refus", "verweiger", "rehusad", "rechazad", "geweigerd", "rifiutat", "recusad", "受取拒否"), RETURN),
  all("returning.damaged", any("damage", "endommage", "beschadig", "danad", "danneggiat", "danificad", "avariad", "破損"), RETURN),
  rule("returning.sender_request", any("(return|recall)(ed)? (at|by|on) (the )?(sender|shipper)'?s? request", "(sender|shipper) requested (a )?return")),
  rule("returning.return_to_sender", any(
    "return(ed|ing)? to (the )?(sender|shipper|origin)",
    "\\brts\\b",
    "retour (a l')?expediteur",
    "retournee? a l'expediteur",
    "(an|zum) (den )?absender zur(u|ue)ck",
    "renvoye a l'expediteur",
    "(zur(u|ue)ck|rucksendung|ruecksendung) (an|zum) (den )?absender",
    "rucksendung",
    "retoure",
    "devuelto al remitente",
    "en devolucion",
    "devolucion al remitente",
    "retour afzender",
    "retour naar (de )?afzender",
    "geretourneerd",
    "reso al mittente",
    "in restituzione",
    "devolvid[oa] ao remetente",
    "em devolucao",
    "(?<!will be |to be )\\breturned\\b",
    "zur(u|ue)ckgesendet",
    "\\bdevuelto\\b",
    "\\bdevolvid",
    "返送",
  )),
  rule("exception.refused", any("\\brefus", "rejected by (the )?(recipient|consignee|customer)", "annahme verweigert", "verweigert", "rehusad", "rechazad", "geweigerd", "rifiutat", "recusad", "受取拒否")),
  rule("exception.cancelled", any("cancel+ed", "\\bvoid(ed)?\\b", "annule", "storniert", "cancelad", "geannuleerd", "annullat")),
  rule("exception.intercepted", any("intercept", "abgefangen", "onderschept", "intercettat")),

  // Contents and postage.
  rule("exception.prohibited_item", any("prohibited", "restricted (item|goods|article|commodit)", "not permitted", "forbidden", "interdit", "verboten", "prohibid", "verboden", "vietat", "proibid")),
  rule("exception.dangerous_goods", any("dangerous goods", "hazardous", "hazmat", "marchandises? dangereuses?", "gefahrgut", "mercancias peligrosas", "gevaarlijke (stoffen|goederen)", "merci pericolose", "mercadorias perigosas")),
  rule("exception.insufficient_postage", any("insufficient postage", "postage due", "underpaid", "affranchissement insuffisant", "nachporto", "unzureichend frankiert", "franqueo insuficiente", "onvoldoende gefrankeerd", "affrancatura insufficiente", "franquia insuficiente")),
  rule("exception.dimensions_issue", any("(weight|dimensions?|size) (discrepancy|mismatch|correction|exceed)", "oversized?", "overweight")),
  rule("exception.label_issue", any("label (damaged|missing|unreadable|illegible|issue|problem)", "(unreadable|illegible|damaged|missing) (label|barcode)", "etiquette (illisible|endommagee|manquante)")),
  rule("in_transit.label_replaced", any("label replaced", "re-?label", "new label", "nouvelle etiquette", "neu etikettiert")),

  // Customs and payment.
  rule("in_transit.export_cleared", any("cleared (for|and awaiting) (export|international departure)", "export (clearance )?(complete|cleared|approved|released)", "ausfuhr.{0,30}(freigegeben|abgeschlossen)")),
  all("in_transit.customs_duties_paid", any("dut(y|ies)", "tax(es)?", "\\bvat\\b", "droits", "\\bzoll", "abgaben", "arancel", "impuest", "invoerrecht", "\\bdazi\\b", "impost", "tributos"), PAID),
  all("failed_attempt.payment_required", any("attempt", "(could ?not|unable to) (be )?deliver", "not delivered"), any("payment", "unpaid", "\\bdut(y|ies)", "\\bcod\\b", "cash", "\\bfees?\\b")),
  rule("exception.customs_duties_due", any(
    "(dut(y|ies)|tax(es)?|import (vat|fees?)|customs (charges|fees)).{0,40}(due|unpaid|pay|outstanding|owed)",
    "(pay|payment of) (the )?(import )?(duties|taxes)",
    "droits (et|de) (taxes|douane)",
    "taxes (a payer|dues)",
    "frais (de douane|d'importation)",
    "zollgebuhr",
    "einfuhrabgaben",
    "aranceles",
    "invoerrechten",
    "\\bdazi\\b",
    "impostos de importacao",
    "関税",
  )),
  rule("delivered.cod_collected", any("(cod|cash on delivery|c\\.o\\.d\\.?) (amount )?(collected|received|paid)", "nachnahme(betrag)? (kassiert|bezahlt)", "contre-remboursement (encaisse|paye)")),
  rule("exception.payment_due", any("payment (due|required|pending|outstanding)", "awaiting payment", "cash on delivery", "\\bcod\\b", "paiement (requis|en attente)", "nachnahme", "zahlung (ausstehend|erforderlich)", "pago pendiente", "contra reembolso", "betaling (vereist|open)", "pagamento (richiesto|in sospeso|pendente)", "支払")),
  rule("exception.customs_documents_required", `${any(CUSTOMS, "clearance", "import")}.{0,50}(document|paperwork|information|invoice|dokument|unterlagen|documentacion|documentazione|documentos|factura|rechnung).{0,20}(required|needed|missing|requested|manquant|requis|erforderlich|fehlen|benotigt|requerid|necesari|nodig|richiest|necessari)`),
  rule("in_transit.customs_inspection", `${CUSTOMS}.{0,30}(inspect|exam|kontrolle|controle|control|inspeccion|ispezion|inspecao|検査)`),
  rule("in_transit.customs_cleared", any(
    "cleared customs",
    `${CUSTOMS}.{0,30}(cleared|released|clearance (complete|completed|finished))`,
    "released by (the )?customs",
    "(item|parcel|package|shipment) cleared by customs",
    "\\bdedouanee?s?\\b",
    "dedouanement (termine|effectue)",
    "verzollt",
    "vom zoll freigegeben",
    "zollabfertigung abgeschlossen",
    "(liberad|despachad)[oa] (de|por|en) (la )?aduana",
    "(door de )?douane vrijgegeven",
    "ingeklaard",
    "sdoganat",
    "liberad[oa] pela (alfandega|fiscalizacao)",
    "desembaracad",
    "通関(完了|済)",
  )),
  rule("exception.customs_hold", any(
    `${CUSTOMS}.{0,30}(hold|held|delay|retenu|bloque|angehalten|zuruckgehalten|retenid|tegengehouden|vastgehouden|trattenut|bloccat|retid|保留)`,
    "(held|hold) (by|in|at) customs",
    `(retenu|bloque|retenid|bloquead|tegengehouden|trattenut|bloccat|retid)[^]{0,20}${CUSTOMS}`,
  )),
  rule("in_transit.customs_processing", any(CUSTOMS, "clearance", "import scan", "export scan")),

  // Damage and loss.
  rule("in_transit.repackaged", any("re-?packaged", "re-?packed", "(packaging|package) (repaired|restored)", "reconditionne", "neu verpackt", "reembalad", "opnieuw verpakt", "riconfezionat")),
  rule("exception.destroyed", any("destroyed", "\\bdetruit", "vernichtet", "destruid", "vernietigd", "distrutt")),
  rule("delivered.damaged", any("delivered (in )?(a )?damaged", "delivered with (visible )?damage", "damaged,? (but )?delivered")),
  rule("exception.damaged", any("damage", "endommage", "\\babime", "avarie", "beschadig", "danad", "danneggiat", "danificad", "avariad", "破損")),
  rule("exception.stolen", any("stolen", "theft", "\\bvole\\b", "\\bvol de colis", "gestohlen", "diebstahl", "robad", "gestolen", "rubat", "roubad", "furtad", "盗難")),
  rule("exception.lost", any("\\blost\\b", "cannot be located", "(parcel|package|shipment|item) (is )?missing", "\\bperdu", "\\begare", "verloren", "verlust", "perdid", "extraviad", "kwijt", "smarrit", "紛失")),

  // Weather, force majeure and disruption.
  all("failed_attempt.weather", any("weather", "storm", "snow", "meteo", "unwetter", "\\bwetter", "mal tiempo", "slecht weer", "maltempo", "mau tempo", "悪天候"), any("attempt", "tentative", "zustellversuch", "intento", "poging", "tentativ")),
  rule("exception.weather", any("weather", "storm", "snow", "flood", "hurricane", "typhoon", "blizzard", "\\bice\\b", "meteo", "intemperie", "unwetter", "\\bwetter", "sturm", "schnee", "hochwasser", "mal tiempo", "tormenta", "nieve", "slecht weer", "sneeuw", "maltempo", "tempesta", "\\bneve\\b", "mau tempo", "tempestade", "chuva", "悪天候", "台風", "大雪")),
  rule("exception.natural_disaster", any("natural disaster", "earthquake", "wildfire", "catastrophe naturelle", "naturkatastrophe", "desastre natural", "natuurramp", "terremoto", "calamita naturale", "地震", "災害")),
  rule("exception.strike", any("strike", "industrial action", "\\bgreve\\b", "streik", "huelga", "staking", "sciopero")),
  rule("in_transit.delay_civil_unrest", any("civil unrest", "riot", "unrest", "emeute", "unruhen", "disturbios", "onrust", "disordini")),
  rule("exception.service_suspended", any("service (suspended|interrupted|unavailable)", "suspension of service", "service suspendu", "eingestellt", "servicio suspendido", "opgeschort", "servizio sospeso", "servico suspenso")),

  // Address problems.
  rule("in_transit.address_corrected", any("address (corrected|updated|amended)", "corrected address", "adresse (corrigee|rectifiee)", "adresse korrigiert", "direccion corregida", "adres gecorrigeerd", "endereco corrigido")),
  rule("in_transit.delivery_address_changed", any("(delivery )?address (changed|change requested)", "redirect(ed)? to (a |the )?new address", "changement d'adresse", "adressanderung", "umleitung", "cambio de direccion", "adreswijziging", "cambio (di )?indirizzo", "alteracao de endereco")),
  rule("exception.recipient_moved", any("(recipient|addressee|consignee|customer) (has )?moved", "moved,? left no", "no longer (at|lives at) (this |the )?address", "demenage", "n'habite pas a l'adresse", "\\bnpai\\b", "verzogen", "se ha mudado", "verhuisd", "destinatario trasferito", "mudou-se")),
  rule("exception.recipient_unknown", any("(recipient|addressee|consignee) (unknown|not known)", "unknown (recipient|addressee|consignee)", "destinataire inconnu", "empfanger (unbekannt|nicht bekannt)", "destinatario desconocido", "(geadresseerde|ontvanger) onbekend", "destinatario sconosciuto", "destinatario desconhecido", "宛所に尋ねあたりません")),
  rule("exception.address_incomplete", any("(incomplete|insufficient) address", "address (is )?(incomplete|insufficient)", "missing (apartment|apt|suite|unit|house|street|flat) (number|no)", "(apartment|apt|suite|unit|house|flat) (number )?missing", "adresse (incomplete|insuffisante)", "adresse unvollstandig", "direccion incompleta", "(onvolledig|onvoldoende) adres", "adres (onvolledig|onvoldoende)", "indirizzo (incompleto|insufficiente)", "endereco (incompleto|insuficiente)")),
  rule("exception.area_not_served", any("(area|address|destination|postcode|zip) not (served|serviced|covered)", "outside (the )?(delivery|service) area", "non desservi", "nicht (im )?zustellgebiet", "fuera de (la )?zona", "niet in (het )?bezorggebied", "fora da area")),
  rule("exception.address_incorrect", any(
    "(incorrect|wrong|invalid|bad|inaccurate) address",
    "address (issue|problem|unknown|incorrect|invalid|error)",
    "undeliverable as addressed",
    "adresse (incorrecte|erronee|inconnue|fausse)",
    "adresse (fehlerhaft|falsch|unbekannt|nicht korrekt)",
    "(falsche|fehlerhafte) adresse",
    "direccion (incorrecta|erronea|desconocida)",
    "adres (onjuist|onbekend|incorrect|niet correct)",
    "onjuist adres",
    "indirizzo (errato|inesatto|sbagliato)",
    "endereco (incorreto|errado)",
    "住所不明",
  )),
  rule("exception.undeliverable", any("undeliverable", "not deliverable", "non distribuable", "nicht zustellbar", "no entregable", "onbestelbaar", "non recapitabile", "inentregavel")),

  // Pickup points: full, closed, moved.
  all("in_transit.redirected_pickup_point_full", any(PICKUP_POINT, LOCKER), any("\\bfull\\b", "no (space|capacity)", "\\bcomplet\\b", "\\bvoll\\b", "ausgelastet", "\\blleno\\b", "\\bvol\\b", "pieno", "lotado", "満杯")),
  all("exception.pickup_point_unavailable", any(PICKUP_POINT, LOCKER), any("closed", "unavailable", "ferme", "indisponible", "geschlossen", "nicht verfugbar", "cerrado", "no disponible", "gesloten", "niet beschikbaar", "chiuso", "non disponibile", "fechado", "indisponivel")),
  rule("available_for_pickup.pickup_point_changed", any("(pick ?up point|pick ?up location|relais|abholstelle|afhaalpunt|punto de recogida|punto di ritiro|ponto de retirada) (has )?(been )?changed", "new (pick ?up point|pick ?up location)", "nouveau (point|relais)", "neue abholstelle", "nuevo punto de recogida", "nieuw afhaalpunt", "nuovo punto di ritiro", "novo ponto de retirada")),

  // Carrier could not collect from the store.
  rule("info_received.pickup_missed", any("(attempted|failed|unable|unsuccessful|missed) (to )?pick ?up", "pick ?up (attempt )?(failed|unsuccessful|missed|not (completed|performed))", "enlevement (impossible|non effectue|manque)", "abholung (fehlgeschlagen|nicht (erfolgreich|moglich))", "recogida fallida", "ophalen (mislukt|niet gelukt)", "ritiro (fallito|non effettuato)", "coleta (nao realizada|frustrada)")),

  // Failed delivery attempts, most specific reason first.
  rule("failed_attempt.no_safe_place", any("no safe (place|location)", "pas de lieu sur", "kein (sicherer )?ablageort", "sin lugar seguro", "geen veilige plek", "nessun luogo sicuro", "sem local seguro")),
  rule("failed_attempt.business_closed", any("business closed", "closed (on arrival|for business|for the day)", "(company|office|shop|store|premises) closed", "(entreprise|commerce|magasin) ferme", "(geschaft|firma|betrieb) geschlossen", "(empresa|negocio|comercio) cerrad", "bedrijf (was )?gesloten", "(azienda|negozio|ditta) chius", "(empresa|loja|estabelecimento) fechad")),
  rule("failed_attempt.access_issue", any("no access", "access (problem|issue|denied|restricted)", "unable to (gain )?access", "could not (gain )?access", "(locked|closed) gate", "gate (code|locked)", "building (closed|locked)", "acces impossible", "pas d'acces", "kein zugang", "zugang nicht moglich", "sin acceso", "geen toegang", "accesso (negato|impossibile)", "sem acesso")),
  rule("failed_attempt.unsafe_conditions", any("\\bdog\\b", "unsafe", "dangerous (conditions|access)", "\\bchien\\b", "\\bhund\\b", "\\bperro\\b", "\\bhond\\b")),
  rule("failed_attempt.out_of_time", any("(insufficient|not enough|ran out of|lack of) time", "end of (the )?day", "time (constraint|window exceeded)")),
  rule("failed_attempt.signature_required", any("(attempt|unable|no one|nobody|not available|could not)[^]*signature", "signature[^]*(attempt|unable|no one|nobody|not available|could not)", "no one (available )?to sign")),
  rule("failed_attempt.id_required", any("\\b(id|identification|photo id) (required|needed|missing|not (presented|provided))", "no (valid )?(id|identification)\\b", "ausweis (erforderlich|fehlt)", "sin identificacion", "geen (geldige )?legitimatie")),
  rule("failed_attempt.final_attempt", any("(final|last) (delivery )?attempt", "dernier(e)? (tentative|passage)", "letzter zustellversuch", "ultimo intento", "laatste (bezorg)?poging", "ultimo tentativo", "ultima tentativa")),
  rule("failed_attempt.rescheduled_by_recipient", any("(rescheduled|changed|postponed) (at|by|per) (the )?(customer|recipient|consignee|receiver)", "(customer|recipient|consignee|receiver) (requested|asked for) (a )?(new|later|different) (delivery )?(date|day|time)")),
  rule("exception.held_recipient_request", any("(held|hold)[^]*(customer|recipient|consignee|receiver)'?s? request", "(customer|recipient|consignee|receiver) (requested|asked for) (a )?hold", "vacation hold")),
  rule("failed_attempt.notice_left", any("notice left", "left (a )?(delivery )?(notice|card)", "card left", "\\bcarded\\b", "avis de passage", "benachrichtigungskarte", "benachrichtigung (hinterlassen|eingeworfen)", "(deja|dejado|dejara|dejamos) (un )?aviso", "aviso de llegada", "kaartje", "bericht achtergelaten", "avviso (di passaggio|di giacenza)", "aviso de chegada", "不在連絡票", "ご不在連絡票")),
  rule("failed_attempt.recipient_unavailable", any(
    "no ?(one|body) (was )?(home|available|in|present|there)",
    "(recipient|consignee|customer|receiver|addressee) (was )?(not available|unavailable|absent|not (at )?home|not in|not present)",
    "not at home",
    "(recipient|consignee|addressee) not found",
    "\\babsent",
    "nicht angetroffen",
    "niemand (zu hause|angetroffen)",
    "ausente",
    "niet thuis",
    "niemand thuis",
    "afwezig",
    "assente",
    "nao atendido",
    "(ご)?不在",
  )),
  rule("out_for_delivery.redelivery", any("re-?delivery", "second (delivery )?attempt", "nouvelle (tentative|presentation)", "(zweiter|erneuter) zustellversuch", "nueva entrega", "nieuwe bezorgpoging", "nuova consegna", "nova tentativa", "再配達")),
  rule("failed_attempt.attempted", any(
    "attempt",
    "missed delivery",
    "(could|can) ?not be delivered",
    "unable to deliver",
    "not delivered",
    "undelivered",
    "unsuccessful delivery",
    "delivery ?(failed|failure|unsuccessful)",
    "tentative de (livraison|distribution)",
    "n'a pas pu etre (livre|distribue|remis)",
    "non (livre|distribue)",
    "zustellversuch",
    "(konnte|kann) nicht zugestellt",
    "nicht zugestellt",
    "intento de entrega",
    "no (se )?(pudo|ha podido) (ser )?entregar",
    "no entregad",
    "bezorgpoging",
    "niet bezorgd",
    "kon niet (worden )?bezorgd",
    "tentativo di consegna",
    "mancata consegna",
    "non consegnat",
    "tentativa de entrega",
    "nao (foi )?entregue",
    "持戻",
    "お届けできませんでした",
  )),

  // Holds.
  all("in_transit.held_over_weekend", any("held", "hold", "wait"), any("weekend", "week-end", "wochenende", "fin de semana", "fine settimana", "fim de semana")),
  rule("in_transit.held_for_future_delivery", any("(held|hold) for (future|scheduled) delivery", "future delivery (requested|date)")),
  rule("in_transit.security_screening", any("security (screening|check|inspection|control)", "controle de (surete|securite)", "sicherheitskontrolle", "control de seguridad", "veiligheidscontrole", "controllo di sicurezza", "保安検査")),
  rule("exception.held_for_inspection", any("held for inspection", "inspection", "under examination")),

  // Pickup by the shopper and pickup reminders.
  rule("delivered.picked_up", any(
    "(picked up|collected) by (the )?(recipient|customer|consignee|addressee|receiver)",
    "(recipient|customer|consignee|addressee) (has )?(picked up|collected)",
    "(retire|recupere) par le destinataire",
    "(vom|durch den) empfanger abgeholt",
    "abgeholt (vom|durch den) empfanger",
    "recogid[oa] por el destinatario",
    "opgehaald door (de )?(ontvanger|geadresseerde|klant)",
    "ritirat[oa] dal destinatario",
    "retirad[oa] pelo destinatario",
    "受取済",
  )),
  all("available_for_pickup.final_notice", any("final (notice|reminder)", "last (notice|reminder|day)", "dernier (avis|rappel)", "letzte erinnerung", "ultimo (aviso|recordatorio|avviso)", "laatste herinnering"), any(PICKUP_READY, "collect", "pick ?up", "retir", "abhol", "recog", "ophal", "ritir")),
  all("available_for_pickup.reminder", any("reminder", "rappel", "erinnerung", "recordatorio", "herinnering", "promemoria", "lembrete"), any(PICKUP_READY, "collect", "pick ?up", "retir", "abhol", "recog", "ophal", "ritir")),
  rule("available_for_pickup.collection_extended", any("(pick ?up|collection|storage|holding) (period|deadline|time) (extended|prolonged)", "delai de (retrait|garde) (prolonge|etendu)", "abholfrist verlangert", "plazo de recogida ampliado", "ophaaltermijn verlengd")),
  rule("in_transit.forwarded_to_pickup_point", any(`(redirect|forward|sent|on (its|the) way|in transit|en route|transfer)\\w*( the (package|parcel|shipment))? to (the |a |your )?(\\w+ )?(hold location|${PICKUP_POINT}|${LOCKER})`, "(en route|achemine) vers (le|votre|un) (point|relais)", "unterwegs zu(r|m) (packstation|filiale|abholstelle|paketshop)", "(en camino|enviado) al punto de (recogida|entrega)", "onderweg naar (het|je|uw) afhaalpunt", "in viaggio verso il punto")),
  all("available_for_pickup.after_failed_attempt", any(PICKUP_READY, PICKUP_POINT, POST_OFFICE, LOCKER), any("after (a |an )?(failed|unsuccessful|missed) (delivery|attempt)", "apres (une )?tentative", "nach (einem )?(erfolglosen )?zustellversuch", "tras (un )?intento", "na (een )?(mislukte )?bezorgpoging")),
  all("available_for_pickup.at_locker", PICKUP_READY, LOCKER),
  all("available_for_pickup.at_post_office", PICKUP_READY, POST_OFFICE),
  rule("available_for_pickup.at_carrier_facility", any("hold at location", "held at (the )?\\w+ (location|facility|depot|office|station)", "(at|in) (the )?(local )?(carrier|\\w+) (facility|depot|office|station) for (pick ?up|collection)", "in giacenza", "en agence", "(in der|in unserer) (niederlassung|depot)", "en (la )?(delegacion|oficina)", "営業所(で|に)保管")),
  rule("available_for_pickup.at_pickup_point", PICKUP_READY),

  // Being delivered today, or later: guards before the plain "delivered" words.
  rule("out_for_delivery.driver_nearby", any("(driver|courier) (is )?(nearby|close by|approaching|a few stops away)", "\\d+ stops? away", "livreur (est )?(proche|a proximite)", "zusteller (ist )?(in der nahe|gleich da)", "repartidor (esta )?cerca", "bezorger is (bijna|in de buurt)", "corriere (e )?vicino")),
  rule("out_for_delivery.delivery_window", any("delivery (window|time ?slot)", "(estimated|expected) (delivery|arrival) (time|window) between", "\\bcreneau\\b", "zeitfenster", "franja horaria", "tijdvak", "fascia oraria", "janela de entrega", "時間帯")),
  rule("out_for_delivery.out_for_delivery", any(
    "(expected|scheduled|planned|due) to be delivered (today|during the day|this (morning|afternoon|evening))",
    "delivery (is )?expected today",
    "will be delivered today",
    "sera (livre|distribue) aujourd'hui",
    "(wird|werden) (voraussichtlich )?heute zugestellt",
    "se entregara hoy",
    "wordt (vandaag )?bezorgd",
    "sara consegnat[oa] oggi",
    "sera entregue hoje",
  )),
  rule("in_transit.eta_updated", any("(will be|to be|expected to be|scheduled to be) delivered", "delivery (is )?scheduled (for|on)", "(sera|seront) [^]{0,30}(livre|distribue)", "(wird|werden) [^]{0,30}(zugestellt|ausgeliefert)", "voraussichtlich zugestellt", "wordt [^]{0,30}bezorgd", "(sera|seran) entregad", "se entregara", "zal worden bezorgd", "(sara|verra) consegnat", "sera entregue")),

  // Delivered, most specific first.
  rule("delivered.age_verified", any("age (verified|check (passed|completed))", "(adult|age) signature (obtained|received)", "alter (gepruft|verifiziert)", "altersprufung")),
  rule("delivered.partial", any("partial(ly)? deliver", "partial delivery", "livraison partielle", "teil(zu)?(stellung|lieferung)", "entrega parcial", "gedeeltelijk bezorgd", "consegna parziale")),
  all("delivered.parcel_locker", any(DELIVERED, "deposited", "placed", "\\bdepose", "gelegd"), LOCKER),
  all("delivered.mailbox", any(DELIVERED, "left", "placed", "\\bdepose", "eingeworfen", "gelegd"), any("(mail|letter|post) ?box", "boite aux lettres", "briefkasten", "buzon", "brievenbus", "cassetta (delle lettere|postale)", "caixa de correio", "郵便受け")),
  all("delivered.neighbour", any(DELIVERED, "left", "handed", "given", "\\bremis", "ubergeben", "abgegeben", "dejad", "afgegeven", "lasciat", "deixad", "預け"), any("neighbou?r", "voisin", "nachbar", "vecin", "\\bburen\\b", "buurman", "buurvrouw", "vicin", "vizinh", "隣")),
  rule("delivered.safe_place", any("safe ?place", "left (at|by|in|on) (the )?(front |back |side )?(door|porch|garage|patio|doorstep|step)", "front door", "porch", "lieu sur", "ablageort", "abstellort", "abgestellt", "lugar seguro", "veilige plek", "luogo sicuro", "local seguro", "置き配")),
  all("delivered.reception", DELIVERED, any("reception", "front desk", "mail ?room", "\\baccueil\\b", "rezeption", "poststelle", "recepcion", "receptie", "reception", "recepcao", "受付")),
  all("delivered.to_agent", any(DELIVERED, "left", "handed"), any("\\bagent\\b", "concierge", "doorman", "(building|property) manager", "authori[sz]ed person", "gardien", "hausmeister", "conserje", "portiere", "porteiro", "管理人")),
  rule("delivered.signed", any("signed (for|by)", "signature (obtained|received)", "signe par", "unterschrieben", "firmado por", "getekend", "firmato", "assinado")),
  rule("delivered.delivered", any(DELIVERED, "delivery (complete|completed|successful)", "successful delivery", "proof of delivery", "zustellung erfolgreich", "remis en main propre")),

  // On the vehicle.
  rule("out_for_delivery.out_for_delivery", any(
    "out for delivery",
    "with (the )?(courier|driver) for delivery",
    "on (its|the) way to you",
    "loaded (on|onto|into) (the )?(delivery )?(vehicle|van|truck)",
    "on (\\w+ )?vehicle for delivery",
    "on ?board for delivery",
    "(^|shipment |parcel |package |item )in delivery",
    "(out|gone out) on (a )?delivery (route|round)",
    "en cours de (livraison|distribution)",
    "en livraison aujourd'hui",
    "in (der )?zustellung",
    "zustellfahrzeug",
    "in auslieferung",
    "en reparto",
    "(salida|salio) (a|para) reparto",
    "en ruta de entrega",
    "wordt bezorgd",
    "bezorger is onderweg",
    "in bezorging",
    "in consegna",
    "saiu para (a )?entrega",
    "em rota de entrega",
    "配達中",
    "持出",
  )),
  rule("in_transit.arrived_at_delivery_facility", any(
    "delivery (station|facility|office|depot|unit|location|center|centre)",
    "local (post|delivery|postal) office",
    "destination (delivery )?(station|depot)",
    "at local \\w+ facility",
    "site de livraison",
    "prepar\\w+ (votre colis )?pour (sa|la) livraison",
    "agence de livraison",
    "zustellbasis",
    "zustellstutzpunkt",
    "zustelldepot",
    "(centro|oficina|unidad) de reparto",
    "bezorgcentrum",
    "sede di consegna",
    "unidade de distribuicao",
    "配達(店|担当)",
  )),
  // Weaker wording for the same step, checked once the facility phrases had their turn.
  rule("out_for_delivery.out_for_delivery", any("\\ben livraison\\b", "\\breparto\\b", "mis en distribution")),

  // Delays.
  rule("in_transit.delay_missed_connection", any("missed (connection|flight|transfer|departure|cut-?off|sailing)", "correspondance manquee", "anschluss verpasst")),
  rule("in_transit.delay_mechanical", any("(mechanical|vehicle|truck|aircraft) (failure|breakdown|problem|issue)", "breakdown", "\\bpanne\\b", "fahrzeugpanne", "averia", "pech onderweg", "guasto")),
  rule("in_transit.delay_holiday", any("holiday", "\\bferie\\b", "feiertag", "festivo", "feestdag", "feriado", "祝日")),
  rule("exception.vehicle_accident", any("accident", "unfall", "accidente", "ongeval", "incidente stradale", "acidente", "事故")),
  rule("exception.capacity", any("high volume", "capacity", "volume (eleve|important)", "(hohes )?sendungsaufkommen", "alto volumen", "drukte", "volumi elevati", "alto volume", "荷物の集中")),
  rule("in_transit.missorted", any("mis-?sort", "mis-?rout", "wrong (facility|hub|depot|route|terminal)", "mal (achemine|oriente|dirige)", "fehlgeleitet", "mal encaminad", "verkeerd gesorteerd", "instradamento errato")),
  rule("in_transit.late_linehaul", any("(late|delayed) (trailer|truck|linehaul|line haul|arrival of (the )?(trailer|truck|vehicle))")),
  rule("in_transit.rerouted", any("re-?rout", "redirected", "reacheminement", "umgeleitet", "redirigid", "omgeleid", "reindirizzat", "redirecionad")),
  rule("in_transit.delivery_rescheduled", any("reschedul", "postponed", "\\breporte", "verschoben", "aplazad", "reprogramad", "uitgesteld", "rinviat", "reagendad")),
  rule("in_transit.eta_later", any("arriving late", "later than (expected|planned|originally)", "new (delivery|estimated) date", "(delivery|eta) (date )?(pushed|moved) back")),
  rule("exception.delayed", any("delay", "\\blate\\b", "retard", "verzogerung", "verspat", "verzogert", "retras", "vertraging", "vertraagd", "ritard", "atras", "遅延", "遅れ")),

  // Holds and generic problems.
  rule("exception.held_by_carrier", any("\\bheld\\b", "\\bhold\\b", "\\bbloque", "\\bretenu", "angehalten", "zuruckgehalten", "retenid", "tegengehouden", "vastgehouden", "bloccat", "trattenut", "\\bretid", "保留")),
  rule("exception.generic", any("exception", "problem", "\\bissue\\b", "\\berror\\b", "incident", "anomalie", "probleme", "storung", "incidencia", "probleem", "storing", "anomalia", "ocorrencia", "トラブル")),

  // Before the carrier has the parcel.
  rule("info_received.pickup_scheduled", any("pick ?up (scheduled|requested|booked|arranged)", "collection (booked|scheduled|requested|arranged)", "enlevement (programme|planifie|demande)", "abholung (geplant|beauftragt|vereinbart|angefordert)", "recogida (programada|solicitada)", "ophaalopdracht", "ritiro (programmato|prenotato)", "coleta (agendada|solicitada)", "集荷(予定|依頼)")),
  rule("info_received.awaiting_pickup", any("awaiting (carrier |courier )?(pick ?up|collection) (from|by) (the )?(carrier|courier|sender|shipper)", "awaiting (carrier|courier) (pick ?up|collection)", "ready for (carrier|courier) (pick ?up|collection)", "en attente (de prise en charge|d'enlevement|de ramassage)", "va bientot nous etre confie", "wartet auf (die )?abholung", "pendiente de recogida", "wacht op ophalen", "in attesa di ritiro", "aguardando coleta", "集荷待ち")),
  rule("info_received.awaiting_dropoff", any("awaiting drop-?off", "to be dropped off", "not yet (dropped off|posted|handed over)", "en attente de depot", "wartet auf einlieferung", "pendiente de (entrega|admision) en oficina", "aguardando postagem")),
  rule("info_received.shipment_data_updated", any("shipment (details|information|data) (updated|amended|changed|corrected)", "donnees (d'expedition )?modifiees", "sendungsdaten (geandert|aktualisiert)")),
  rule("info_received.pickup_point_selected", any(`${PICKUP_POINT} (selected|chosen)`, "point relais (choisi|selectionne)", "abholstelle gewahlt")),
  rule("info_received.label_created", any(
    "label (created|printed|generated)",
    "shipping label",
    "shipment (information|info|data|details) (received|sent|transmitted|submitted)",
    "electronic(ally)? (information|notified|advice|submitted|notification)",
    "information submitted",
    "notified[^]*electronically",
    "pre-?advice",
    "pre-?shipment",
    "manifest",
    "order (processed|received|ready)",
    "shipping information (received|approved)",
    "tracking number (allocated|assigned|created)",
    "(parcel|shipment) data",
    "in preparation",
    "being prepared",
    "ready (to|for) (ship|be shipped|dispatch)",
    "en (cours de )?preparation",
    "informations? (d'expedition|de livraison) (recue?s?|transmises?)",
    "etiquette (creee|imprimee|editee)",
    "auftragsdaten",
    "elektronisch (an|angekundigt|ubermittelt)",
    "sendungsdaten",
    "avisiert",
    "angekundigt",
    "versandetikett",
    "pre-?registrad",
    "prerregistrad",
    "admision prevista",
    "etiqueta (creada|generada|impresa|criada|gerada|emitida)",
    "(voor)?aangemeld",
    "verzendlabel",
    "etichetta (creata|stampata)",
    "spedizione (creata|registrata)",
    "postado eletronicamente",
    "出荷(準備|情報)",
    "送り状",
  )),

  // Moving through the network.
  rule("in_transit.handed_to_postal_operator", any("(handed|transferred|tendered|delivered|given) (over )?to (the )?(local |destination )?(post|postal service|postal operator|usps|royal mail|la poste|deutsche post|correos|postnl|poste italiane|ctt|correios|japan post)\\b", "remis a la poste", "an die (deutsche )?post ubergeben", "entregado a correos", "overgedragen aan postnl")),
  rule("in_transit.handed_to_partner", any("(handed|transferred|passed|tendered) (over )?to (the |a |our )?(\\w+ )?(partner|final[- ]mile|last[- ]mile|local (courier|carrier|delivery)|destination carrier|other carrier)", "(partenaire|partner|socio|colaborador|parceiro)", "transmis (a|au) (notre )?partenaire")),
  rule("in_transit.delivery_appointment_set", any("appointment (scheduled|set|made|booked|confirmed)", "delivery appointment", "rendez-vous", "termin (vereinbart|bestatigt)", "cita (programada|concertada)", "afspraak", "appuntamento", "agendamento")),
  rule("in_transit.picked_up", any(
    "picked up",
    "pick-?up (scan|completed|successful|done)",
    "collected from (the )?(sender|shipper|customer|merchant|store)",
    "(shipment|parcel|package) collected",
    "collected by (the )?(courier|driver|carrier)",
    "taken from (the )?(packstation|locker|post office|sender)",
    "pris en charge",
    "prise en charge",
    "ramasse",
    "\\benleve",
    "abgeholt",
    "abholung erfolg",
    "recogid[oa]",
    "opgehaald",
    "ritirat[oa]",
    "coletad[oa]",
    "集荷",
  )),
  rule("in_transit.dropped_off", any("dropped off", "drop[- ]?off", "posted (at|by|in)", "deposited (at|in)", "\\bdepose", "eingeliefert", "eingelegt", "aufgegeben", "depositad", "ingeleverd", "afgegeven", "\\bpostad[oa]", "持込")),
  rule("in_transit.accepted", any(
    "accepted",
    "acceptance",
    "received (at|by) (the )?(post office|counter|retail|origin|\\w+ post\\b)",
    "received (item )?from (the )?(sender|shipper)",
    "handed over (to|by)",
    "remis (au|a la) (transporteur|poste)",
    "ubergeben",
    "ubernommen",
    "in empfang genommen",
    "entre nos mains",
    "admitid",
    "aceptad",
    "ontvangen door",
    "in ontvangst genomen",
    "accettat",
    "presa in carico",
    "recebid",
    "引受",
  )),
  rule("in_transit.departed_origin_country", any("(departed|left) (the )?(origin country|country of origin)", "a quitte (le|son) pays", "(versand|absende|start)land verlassen", "salido del pais de origen", "land van herkomst verlaten", "lasciato il paese", "saiu do pais de origem")),
  rule("in_transit.international_transit", any("international (transit|shipment|transport)", "in transit to (the )?destination country", "en route vers le pays", "internationaler transport", "transito internacional", "internationaal transport", "transito internazionale", "国際(輸送|発送)")),
  rule("in_transit.flight_arrived", any("flight (arrived|landed)", "arrived (by|on) (flight|air)", "atterri", "gelandet", "aterriz", "geland\\b", "atterrat", "pousou")),
  rule("in_transit.flight_departed", any("flight (departed|left)", "departed on flight", "loaded (on|onto) (a |the )?(flight|aircraft|plane)", "air carrier", "decolle", "abflug", "despego", "decollat", "航空便")),
  rule("in_transit.at_airport", any("airport", "aeroport", "flughafen", "aeropuerto", "luchthaven", "vliegveld", "空港")),
  rule("in_transit.departed_port", any("(departed|left|sailed from) (the )?(\\w+ )?(sea)?port\\b", "hafen verlassen", "salido del puerto", "haven verlaten")),
  rule("in_transit.arrived_at_port", any("arrived (at|in) (the )?(\\w+ )?(sea)?port\\b", "im hafen angekommen", "llegad[oa] al puerto", "in de haven aangekomen")),
  rule("in_transit.arrived_in_destination_country", any(
    "arrived in (the )?(destination country|country of destination)",
    "arrive dans le pays (du |de )?destinat",
    "im zielland (angekommen|eingetroffen)",
    "llegad[oa] al pais de destino",
    "in het land van bestemming aangekomen",
    "arrivat[oa] nel paese di destinazione",
    "chegou ao pais de destino",
  )),
  rule("in_transit.arrived_at_destination_facility", any("destination (facility|parcel cent|sort|hub|depot|terminal)", "ziel-?paketzentrum", "centre de tri de destination", "centro de (clasificacion )?destino", "sorteercentrum van bestemming", "centro (di smistamento )?di destinazione")),
  rule("in_transit.departed_facility", any("depart", "left (the )?(\\w+ )?(facility|hub|depot|location|origin|terminal|sort)", "has left", "dispatched", "despatch", "onward transport", "\\bparti\\b", "a quitte", "verlassen", "abgang", "ausgang", "\\bsalida\\b", "\\bsalio\\b", "vertrokken", "partit", "uscit", "saiu d", "expedid", "出発", "発送")),
  rule("in_transit.arrived_at_facility", any("arriv", "received (at|by|in)", "reached", "angekommen", "eingetroffen", "eingang", "ankunft", "llegad", "llego", "entrada en", "aangekomen", "chegou", "chegada", "recebido n", "到着")),
  rule("in_transit.sorting", any("being sorted", "sorting in progress", "en cours de tri", "wird sortiert", "en clasificacion", "wordt gesorteerd", "in smistamento", "em triagem", "仕分(け)?中")),
  rule("in_transit.processed_at_facility", any("\\bsort", "process", "\\btri\\b", "\\btrie", "sortiert", "bearbeitet", "clasific", "gesorteerd", "sorteer", "smistat", "smistamento", "lavorazione", "lavorat", "triagem", "tratamento", "仕分")),
  rule("in_transit.eta_updated", any("\\beta\\b", "estimated (delivery|arrival)", "expected delivery", "delivery date (updated|changed|revised)", "livraison prevue", "voraussichtlich", "fecha (estimada|prevista)", "verwachte bezorg", "consegna prevista", "previsao de entrega", "お届け予定")),
  rule("in_transit.in_transit", any("transit", "on the way", "forwarded", "en route", "en chemin", "moving", "acheminement", "unterwegs", "transport", "en camino", "onderweg", "in viaggio", "a caminho", "輸送中")),
];

// Folding: strip accents, lower-case, unify apostrophes and spaces. Japanese keeps its letters;
// patterns went through the same NFD step, so voiced kana still match.
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc`\u00b4]/g;
const SPACES = /\s+/g;
const MAX_TEXT = 400;

function fold(text: string): string {
  let t = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  if (NON_ASCII.test(t)) t = t.normalize("NFD").replace(MARKS, "").replace(APOSTROPHES, "'");
  return t.toLowerCase().replace(SPACES, " ").trim();
}

function classify(text: string): EventCode {
  const folded = fold(text);
  if (!folded) return "pending.awaiting_info";
  for (const [re, code] of RULES) if (re.test(folded)) return code;
  return "in_transit.in_transit";
}

// Carriers repeat the same few hundred wordings, and a full pass over the rules costs tens of
// microseconds, so answers are remembered. Same input, same answer: the cache changes speed only.
const CACHE_LIMIT = 5000;
const cache = new Map<string, EventCode>();

/** Best guess from free text; "in_transit.in_transit" when nothing matches but there is text. */
export function classifyByKeywords(text: string | null | undefined): EventCode {
  if (!text) return "pending.awaiting_info";
  let code = cache.get(text);
  if (code === undefined) {
    code = classify(text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, code);
  }
  return code;
}

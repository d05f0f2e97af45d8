// The few words the shopper view adds around the taxonomy's messages, in every locale.
// Placeholders: {date}, {from}, {to}, {range}, {reason}, {n}, {total}.
import type { Locale } from "../taxonomy";
import type { ViewLabels } from "./types";

export interface ViewStrings extends ViewLabels {
  arrivingToday: string;
  arrivingTomorrow: string;
  arrivingOn: string;
  arrivingBetween: string;
  deliveredOn: string;
  readyForPickup: string;
  preparing: string;
  delayedReason: string;
  delayedNoEstimate: string;
  returning: string;
  attemptFailed: string;
  trackingEnded: string;
  estimateRange: string;
  actionContactStore: string;
  actionCarrier: string;
  actionPickup: string;
}

export const VIEW_STRINGS: Record<Locale, ViewStrings> = {
  en: {
    title: "Track your order", trackingNumber: "Tracking number", carrier: "Carrier", estimatedDelivery: "Estimated delivery",
    showDetails: "Show tracking details", hideDetails: "Hide tracking details", trackOnCarrier: "Track on carrier site",
    shipmentOf: "Shipment {n} of {total}", noTracking: "Tracking information will appear here once your order ships.", lastUpdated: "Last updated",
    arrivingToday: "Arriving today", arrivingTomorrow: "Arriving tomorrow", arrivingOn: "Arriving {date}", arrivingBetween: "Arriving {from}–{to}",
    deliveredOn: "Delivered {date}", readyForPickup: "Ready for pickup", preparing: "Preparing to ship", delayedReason: "{reason} — new estimate {range}",
    delayedNoEstimate: "{reason} — we're on it", returning: "Returning to the store", attemptFailed: "Delivery attempted — another try is coming",
    trackingEnded: "Tracking has ended", estimateRange: "{from} – {to}", actionContactStore: "Contact the store", actionCarrier: "Open carrier page", actionPickup: "See pickup details",
  },
  fr: {
    title: "Suivre votre commande", trackingNumber: "Numéro de suivi", carrier: "Transporteur", estimatedDelivery: "Livraison estimée",
    showDetails: "Afficher le détail du suivi", hideDetails: "Masquer le détail du suivi", trackOnCarrier: "Suivre sur le site du transporteur",
    shipmentOf: "Envoi {n} sur {total}", noTracking: "Les informations de suivi apparaîtront ici dès l'expédition de votre commande.", lastUpdated: "Dernière mise à jour",
    arrivingToday: "Livraison aujourd'hui", arrivingTomorrow: "Livraison demain", arrivingOn: "Livraison prévue {date}", arrivingBetween: "Livraison prévue entre {from} et {to}",
    deliveredOn: "Livré {date}", readyForPickup: "Prêt à être retiré", preparing: "En préparation", delayedReason: "{reason} — nouvelle estimation : {range}",
    delayedNoEstimate: "{reason} — nous nous en occupons", returning: "En retour vers la boutique", attemptFailed: "Tentative de livraison — un nouveau passage est prévu",
    trackingEnded: "Le suivi est terminé", estimateRange: "{from} – {to}", actionContactStore: "Contacter la boutique", actionCarrier: "Ouvrir la page du transporteur", actionPickup: "Voir le point de retrait",
  },
  de: {
    title: "Bestellung verfolgen", trackingNumber: "Sendungsnummer", carrier: "Versanddienst", estimatedDelivery: "Voraussichtliche Zustellung",
    showDetails: "Sendungsverlauf anzeigen", hideDetails: "Sendungsverlauf ausblenden", trackOnCarrier: "Beim Versanddienst verfolgen",
    shipmentOf: "Sendung {n} von {total}", noTracking: "Sobald Ihre Bestellung versendet ist, sehen Sie hier den Sendungsverlauf.", lastUpdated: "Zuletzt aktualisiert",
    arrivingToday: "Zustellung heute", arrivingTomorrow: "Zustellung morgen", arrivingOn: "Zustellung am {date}", arrivingBetween: "Zustellung zwischen {from} und {to}",
    deliveredOn: "Zugestellt am {date}", readyForPickup: "Zur Abholung bereit", preparing: "Versand wird vorbereitet", delayedReason: "{reason} — neue Schätzung: {range}",
    delayedNoEstimate: "{reason} — wir kümmern uns darum", returning: "Rücksendung an den Shop", attemptFailed: "Zustellversuch — ein neuer Versuch folgt",
    trackingEnded: "Die Sendungsverfolgung ist beendet", estimateRange: "{from} – {to}", actionContactStore: "Shop kontaktieren", actionCarrier: "Seite des Versanddienstes öffnen", actionPickup: "Abholdetails ansehen",
  },
  es: {
    title: "Sigue tu pedido", trackingNumber: "Número de seguimiento", carrier: "Transportista", estimatedDelivery: "Entrega estimada",
    showDetails: "Ver detalles del seguimiento", hideDetails: "Ocultar detalles del seguimiento", trackOnCarrier: "Seguir en la web del transportista",
    shipmentOf: "Envío {n} de {total}", noTracking: "La información de seguimiento aparecerá aquí cuando se envíe tu pedido.", lastUpdated: "Última actualización",
    arrivingToday: "Llega hoy", arrivingTomorrow: "Llega mañana", arrivingOn: "Llega el {date}", arrivingBetween: "Llega entre el {from} y el {to}",
    deliveredOn: "Entregado el {date}", readyForPickup: "Listo para recoger", preparing: "Preparando el envío", delayedReason: "{reason} — nueva estimación: {range}",
    delayedNoEstimate: "{reason} — ya nos estamos ocupando", returning: "Volviendo a la tienda", attemptFailed: "Intento de entrega — habrá un nuevo intento",
    trackingEnded: "El seguimiento ha terminado", estimateRange: "{from} – {to}", actionContactStore: "Contactar con la tienda", actionCarrier: "Abrir la página del transportista", actionPickup: "Ver el punto de recogida",
  },
  it: {
    title: "Traccia il tuo ordine", trackingNumber: "Numero di tracciamento", carrier: "Corriere", estimatedDelivery: "Consegna stimata",
    showDetails: "Mostra i dettagli della spedizione", hideDetails: "Nascondi i dettagli della spedizione", trackOnCarrier: "Traccia sul sito del corriere",
    shipmentOf: "Spedizione {n} di {total}", noTracking: "Le informazioni di tracciamento appariranno qui non appena l'ordine sarà spedito.", lastUpdated: "Ultimo aggiornamento",
    arrivingToday: "In consegna oggi", arrivingTomorrow: "In consegna domani", arrivingOn: "Consegna prevista {date}", arrivingBetween: "Consegna prevista tra {from} e {to}",
    deliveredOn: "Consegnato {date}", readyForPickup: "Pronto per il ritiro", preparing: "In preparazione", delayedReason: "{reason} — nuova stima: {range}",
    delayedNoEstimate: "{reason} — ce ne stiamo occupando", returning: "In rientro al negozio", attemptFailed: "Tentativo di consegna — è previsto un nuovo passaggio",
    trackingEnded: "Il tracciamento è terminato", estimateRange: "{from} – {to}", actionContactStore: "Contatta il negozio", actionCarrier: "Apri la pagina del corriere", actionPickup: "Vedi il punto di ritiro",
  },
  nl: {
    title: "Volg je bestelling", trackingNumber: "Trackingnummer", carrier: "Vervoerder", estimatedDelivery: "Verwachte bezorging",
    showDetails: "Toon trackingdetails", hideDetails: "Verberg trackingdetails", trackOnCarrier: "Volgen bij de vervoerder",
    shipmentOf: "Zending {n} van {total}", noTracking: "De trackinginformatie verschijnt hier zodra je bestelling is verzonden.", lastUpdated: "Laatst bijgewerkt",
    arrivingToday: "Wordt vandaag bezorgd", arrivingTomorrow: "Wordt morgen bezorgd", arrivingOn: "Bezorging {date}", arrivingBetween: "Bezorging tussen {from} en {to}",
    deliveredOn: "Bezorgd op {date}", readyForPickup: "Klaar om op te halen", preparing: "Wordt klaargemaakt voor verzending", delayedReason: "{reason} — nieuwe verwachting: {range}",
    delayedNoEstimate: "{reason} — we zijn ermee bezig", returning: "Onderweg terug naar de winkel", attemptFailed: "Bezorgpoging — er volgt een nieuwe poging",
    trackingEnded: "De tracking is beëindigd", estimateRange: "{from} – {to}", actionContactStore: "Neem contact op met de winkel", actionCarrier: "Open de pagina van de vervoerder", actionPickup: "Bekijk het ophaalpunt",
  },
  pt: {
    title: "Acompanhe seu pedido", trackingNumber: "Código de rastreamento", carrier: "Transportadora", estimatedDelivery: "Entrega prevista",
    showDetails: "Mostrar detalhes do rastreamento", hideDetails: "Ocultar detalhes do rastreamento", trackOnCarrier: "Rastrear no site da transportadora",
    shipmentOf: "Envio {n} de {total}", noTracking: "As informações de rastreamento aparecerão aqui quando seu pedido for enviado.", lastUpdated: "Última atualização",
    arrivingToday: "Chega hoje", arrivingTomorrow: "Chega amanhã", arrivingOn: "Chega em {date}", arrivingBetween: "Chega entre {from} e {to}",
    deliveredOn: "Entregue em {date}", readyForPickup: "Pronto para retirada", preparing: "Preparando o envio", delayedReason: "{reason} — nova previsão: {range}",
    delayedNoEstimate: "{reason} — já estamos cuidando disso", returning: "Voltando para a loja", attemptFailed: "Tentativa de entrega — haverá uma nova tentativa",
    trackingEnded: "O rastreamento foi encerrado", estimateRange: "{from} – {to}", actionContactStore: "Falar com a loja", actionCarrier: "Abrir a página da transportadora", actionPickup: "Ver o ponto de retirada",
  },
  ja: {
    title: "ご注文の配送状況", trackingNumber: "追跡番号", carrier: "配送業者", estimatedDelivery: "お届け予定",
    showDetails: "配送の詳細を表示", hideDetails: "配送の詳細を隠す", trackOnCarrier: "配送業者のサイトで確認",
    shipmentOf: "配送 {n}/{total}", noTracking: "ご注文の発送後、こちらに配送状況が表示されます。", lastUpdated: "最終更新",
    arrivingToday: "本日お届け予定", arrivingTomorrow: "明日お届け予定", arrivingOn: "{date}にお届け予定", arrivingBetween: "{from}〜{to}にお届け予定",
    deliveredOn: "{date}にお届け済み", readyForPickup: "受け取り準備ができました", preparing: "発送準備中", delayedReason: "{reason}（新しいお届け予定：{range}）",
    delayedNoEstimate: "{reason}（現在対応中です）", returning: "ストアへ返送中", attemptFailed: "配達に伺いましたがご不在でした。再配達の予定です",
    trackingEnded: "追跡は終了しました", estimateRange: "{from}〜{to}", actionContactStore: "ストアに問い合わせる", actionCarrier: "配送業者のページを開く", actionPickup: "受け取り場所を確認",
  },
};

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

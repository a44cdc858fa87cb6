/** Currency symbols and prefixes by the ISO 4217 code they stand for, longest first where one contains another. */
export const _CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  'US$': 'USD', U$S: 'USD', USD$: 'USD', 'CA$': 'CAD', C$: 'CAD', CAN$: 'CAD', 'A$': 'AUD',
  'AU$': 'AUD', 'NZ$': 'NZD', 'HK$': 'HKD', 'NT$': 'TWD', 'R$': 'BRL', 'MX$': 'MXN', 'S$': 'SGD',
  'CN¥': 'CNY', 'JP¥': 'JPY', RMB: 'CNY', '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '￥': 'JPY',
  '₹': 'INR', Rs: 'INR', 'Rs.': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₪': 'ILS', '₱': 'PHP',
  '₦': 'NGN', '฿': 'THB', '₫': 'VND', '₴': 'UAH', 'zł': 'PLN', Kč: 'CZK', Ft: 'HUF', 'Fr.': 'CHF',
  SFr: 'CHF', DM: 'DEM', '₤': 'ITL', 'Lit.': 'ITL', FF: 'FRF', Ptas: 'ESP', Pts: 'ESP',
}

/** Currency words written after an amount ("30 million yen", "2 Millionen Euro"), in lower case, by code. */
export const _CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', 'us dollars': 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP',
  pounds: 'GBP', 'pounds sterling': 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR',
  rupees: 'INR', won: 'KRW', rubles: 'RUB', roubles: 'RUB', forint: 'HUF', francs: 'FRF',
  'deutsche mark': 'DEM', 'deutschmarks': 'DEM', lire: 'ITL', pesetas: 'ESP', kronor: 'SEK',
  kroner: 'NOK', 'swiss francs': 'CHF', 'złoty': 'PLN', zloty: 'PLN', pesos: 'MXN',
}

import type { CountryTaxRule, DatedTaxRate, TaxComponentRule, TaxKind } from './taxTypes';

const CHECKED = 'checked 2026-01-01';

function rule(kind: TaxKind, label: string, ...rates: DatedTaxRate[]): CountryTaxRule {
  return { kind, label, inclusive: true, rates };
}

const CRA = `Canada Revenue Agency, GST/HST rates (canada.ca), ${CHECKED}`;
const GST5: TaxComponentRule = { label: 'GST', rates: [{ rate: '0.05', from: '2008-01-01', source: CRA }] };
const hst = (...rates: DatedTaxRate[]): readonly TaxComponentRule[] => [{ label: 'HST', rates }];

let rules: Readonly<Record<string, CountryTaxRule>> | undefined;

/**
 * Consumer tax on digital services in the Americas, Asia-Pacific, the Middle
 * East and North Africa. Built on first use (see `europeTaxRules`).
 */
export function worldTaxRules(): Readonly<Record<string, CountryTaxRule>> {
  return (rules ??= {
    // Americas
    US: {
      kind: 'sales',
      label: 'sales tax',
      inclusive: false,
      rates: [],
      note: 'State and local sales taxes (and whether SaaS is taxable) depend on the billing address: quote net, settle at checkout.',
    },
    CA: {
      kind: 'gst',
      label: 'GST/HST',
      inclusive: false,
      rates: [],
      // Québec, BC, Manitoba and Saskatchewan require non-resident digital sellers to collect their provincial tax too.
      subdivisions: {
        'CA-AB': [GST5],
        'CA-BC': [
          GST5,
          {
            label: 'PST',
            rates: [
              {
                rate: '0.07',
                from: '2021-04-01',
                source: `BC PST on software and digital services, ${CHECKED}`,
              },
            ],
          },
        ],
        'CA-MB': [
          GST5,
          {
            label: 'RST',
            rates: [
              { rate: '0.07', from: '2021-12-01', source: `Manitoba RST on digital services, ${CHECKED}` },
            ],
          },
        ],
        'CA-NB': hst({ rate: '0.15', from: '2016-07-01', source: CRA }),
        'CA-NL': hst({ rate: '0.15', from: '2016-07-01', source: CRA }),
        'CA-NS': hst(
          { rate: '0.15', from: '2010-07-01', source: CRA },
          {
            rate: '0.14',
            from: '2025-04-01',
            source: 'Nova Scotia Department of Finance: HST 14 % from 2025-04-01',
          },
        ),
        'CA-NT': [GST5],
        'CA-NU': [GST5],
        'CA-ON': hst({ rate: '0.13', from: '2010-07-01', source: CRA }),
        'CA-PE': hst({ rate: '0.15', from: '2016-10-01', source: CRA }),
        'CA-QC': [
          GST5,
          {
            label: 'QST',
            rates: [{ rate: '0.09975', from: '2013-01-01', source: `Revenu Québec, ${CHECKED}` }],
          },
        ],
        'CA-SK': [
          GST5,
          {
            label: 'PST',
            rates: [{ rate: '0.06', from: '2017-03-23', source: `Saskatchewan PST, ${CHECKED}` }],
          },
        ],
        'CA-YT': [GST5],
      },
      note: 'Without a province the rate is unknown (5 % to 15 %): quote net, settle at checkout.',
    },
    BR: {
      kind: 'sales',
      label: 'ISS/PIS/COFINS',
      inclusive: false,
      rates: [],
      note: 'Municipal ISS plus federal PIS/COFINS; quoted net until the 2026–2033 CBS/IBS reform settles.',
    },
    MX: rule('vat', 'IVA', { rate: '0.16', from: '2010-01-01', source: `SAT (sat.gob.mx), ${CHECKED}` }),
    // Asia Pacific
    JP: {
      ...rule(
        'consumption',
        'consumption tax',
        { rate: '0.08', from: '2014-04-01', source: 'National Tax Agency (nta.go.jp)' },
        { rate: '0.1', from: '2019-10-01', source: `National Tax Agency (nta.go.jp), ${CHECKED}` },
      ),
      // Qualified invoice system (2023-10): tax is rounded once per rate per invoice; fractions of a yen are usually cut.
      rounding: { mode: 'floor', per: 'invoice' },
    },
    KR: rule('vat', 'VAT', { rate: '0.1', source: `National Tax Service (nts.go.kr), ${CHECKED}` }),
    CN: rule('vat', 'VAT', {
      rate: '0.06',
      from: '2016-05-01',
      source: `State Taxation Administration: 6 % on modern services, ${CHECKED}`,
    }),
    TW: rule('vat', 'VAT', { rate: '0.05', source: `Ministry of Finance (mof.gov.tw), ${CHECKED}` }),
    HK: {
      kind: 'none',
      label: 'no tax',
      inclusive: true,
      rates: [{ rate: '0', source: `Hong Kong levies no VAT or GST, ${CHECKED}` }],
    },
    SG: rule(
      'gst',
      'GST',
      { rate: '0.08', from: '2023-01-01', source: 'IRAS (iras.gov.sg)' },
      { rate: '0.09', from: '2024-01-01', source: `IRAS (iras.gov.sg): 9 % from 2024-01-01, ${CHECKED}` },
    ),
    MY: rule(
      'sales',
      'SST',
      {
        rate: '0.06',
        from: '2020-01-01',
        source: 'Royal Malaysian Customs: service tax on digital services',
      },
      {
        rate: '0.08',
        from: '2024-03-01',
        source: 'Service Tax (Rate of Digital Services Tax) (Amendment) Order 2024: 8 % from 2024-03-01',
      },
    ),
    ID: rule(
      'vat',
      'VAT',
      { rate: '0.1', source: 'DGT (pajak.go.id)' },
      {
        rate: '0.11',
        from: '2022-04-01',
        source: `Law 7/2021 (HPP); from 2025 12 % on a base of 11/12 (PMK 131/2024), effectively 11 %, ${CHECKED}`,
      },
    ),
    TH: rule('vat', 'VAT', {
      rate: '0.07',
      source: `Revenue Department (rd.go.th): 10 % statutory, cut to 7 % by royal decree each year, ${CHECKED}`,
    }),
    VN: rule('vat', 'VAT', {
      rate: '0.1',
      source: `General Department of Taxation; the temporary 8 % cut excludes IT services, ${CHECKED}`,
    }),
    PH: rule('vat', 'VAT', {
      rate: '0.12',
      from: '2025-06-02',
      source: 'RA 12023 (VAT on digital services), BIR RR 3-2025',
    }),
    IN: {
      ...rule('gst', 'GST', {
        rate: '0.18',
        from: '2017-07-01',
        source: `CBIC: 18 % GST on OIDAR and software services, ${CHECKED}`,
      }),
      // Rule 46 CGST Rules: tax invoices state rate and amount per item.
      rounding: { mode: 'halfExpand', per: 'line' },
      note: 'Intra-state supplies split into CGST + SGST (UTGST in union territories without a legislature), inter-state and foreign supplies are IGST: pass `supplier`.',
    },
    AU: rule('gst', 'GST', {
      rate: '0.1',
      from: '2000-07-01',
      source: `Australian Taxation Office (ato.gov.au), ${CHECKED}`,
    }),
    NZ: rule('gst', 'GST', {
      rate: '0.15',
      from: '2010-10-01',
      source: `Inland Revenue (ird.govt.nz), ${CHECKED}`,
    }),
    // Middle East and North Africa
    AE: rule('vat', 'VAT', {
      rate: '0.05',
      from: '2018-01-01',
      source: `Federal Tax Authority (tax.gov.ae), ${CHECKED}`,
    }),
    SA: rule(
      'vat',
      'VAT',
      { rate: '0.05', from: '2018-01-01', source: 'ZATCA (zatca.gov.sa)' },
      { rate: '0.15', from: '2020-07-01', source: `ZATCA (zatca.gov.sa): 15 % from 2020-07-01, ${CHECKED}` },
    ),
    QA: {
      kind: 'none',
      label: 'no tax',
      inclusive: true,
      rates: [{ rate: '0', source: `Qatar has not introduced VAT, ${CHECKED}` }],
    },
    KW: {
      kind: 'none',
      label: 'no tax',
      inclusive: true,
      rates: [{ rate: '0', source: `Kuwait has not introduced VAT, ${CHECKED}` }],
    },
    BH: rule(
      'vat',
      'VAT',
      { rate: '0.05', from: '2019-01-01', source: 'National Bureau for Revenue (nbr.gov.bh)' },
      {
        rate: '0.1',
        from: '2022-01-01',
        source: `National Bureau for Revenue (nbr.gov.bh): 10 % from 2022-01-01, ${CHECKED}`,
      },
    ),
    OM: rule('vat', 'VAT', {
      rate: '0.05',
      from: '2021-04-16',
      source: `Oman Tax Authority (taxoman.gov.om), ${CHECKED}`,
    }),
    IL: rule(
      'vat',
      'VAT',
      { rate: '0.17', from: '2015-10-01', source: 'Israel Tax Authority' },
      { rate: '0.18', from: '2025-01-01', source: `Israel Tax Authority: 18 % from 2025-01-01, ${CHECKED}` },
    ),
    EG: rule('vat', 'VAT', {
      rate: '0.14',
      from: '2017-07-01',
      source: `Egyptian Tax Authority (eta.gov.eg), ${CHECKED}`,
    }),
  });
}

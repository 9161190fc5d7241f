/**
 * A deposit's full record: text used only by a part of the app that loads on demand, so it lives
 * in that part's chunk, in every language, rather than in the first view's catalog. Same rules as
 * the catalogs (src/i18n/messages/en.ts): the English defines the keys, every language must have them all.
 */
import type { Section } from '../sections';

const en = {
  area: 'Area',
  outsideAreas: (country: string) => `${country}, outside the areas named in February 2025`,
  occupation: 'Occupation',
  occupied: 'Occupied',
  notOccupied: 'Not occupied',
  occupiedStatus: (occupied: boolean | null): string =>
    occupied === null ? 'Occupation not established' : occupied ? 'Occupied' : 'Not occupied',
  asOf: (date: string) => `as of ${date}`,
  location: 'Location',
  source: 'Source:',
  notPublished: 'Location not published.',
  noMarker: 'No source found gives a coordinate, so the map shows no marker.',
  holds: 'Holds',
  type: 'Type',
  status: 'Status',
  resources: 'Resources',
  noFigure: 'No published figure found.',
  notComparable:
    'Figures use different categories (reserves, resources, estimates) and are not comparable across deposits.',
  aliases: 'Also called',
  notes: 'Notes',
  allSources: 'All sources for this deposit',
  basis: {
    deposit: "the deposit's own coordinate",
    'settlement proxy': 'a nearby settlement, not the deposit itself',
    district: 'a massif, district or area point, not the deposit itself',
    computed: "computed from a published distance and direction, not the deposit's own coordinate",
  },
};

export const depositCard: Section<typeof en> = {
  en,
  uk: {
    area: 'Територія',
    outsideAreas: (country) => `${country}, поза територіями, названими в лютому 2025 року`,
    occupation: 'Окупація',
    occupied: 'Окуповане',
    notOccupied: 'Не окуповане',
    occupiedStatus: (occupied) =>
      occupied === null ? 'Окупацію не встановлено' : occupied ? 'Окуповане' : 'Не окуповане',
    asOf: (date) => `станом на ${date}`,
    location: 'Розташування',
    source: 'Джерело:',
    notPublished: 'Розташування не опубліковано.',
    noMarker: 'Жодне знайдене джерело не дає координат, тому на карті немає позначки.',
    holds: 'Що містить',
    type: 'Тип',
    status: 'Стан',
    resources: 'Запаси й ресурси',
    noFigure: 'Опублікованих цифр не знайдено.',
    notComparable:
      'Цифри належать до різних категорій (запаси, ресурси, оцінки), тож порівнювати їх між родовищами не можна.',
    aliases: 'Інші назви',
    notes: 'Примітки',
    allSources: 'Усі джерела про це родовище',
    basis: {
      deposit: 'власні координати родовища',
      'settlement proxy': 'найближчий населений пункт, а не саме родовище',
      district: 'точка масиву, району чи ділянки, а не саме родовище',
      computed: 'точка, обчислена за опублікованими відстанню й напрямком, а не власні координати родовища',
    },
  },
  ru: {
    area: 'Территория',
    outsideAreas: (country) => `${country}, вне территорий, названных в феврале 2025 года`,
    occupation: 'Оккупация',
    occupied: 'Оккупировано',
    notOccupied: 'Не оккупировано',
    occupiedStatus: (occupied) =>
      occupied === null ? 'Оккупация не установлена' : occupied ? 'Оккупировано' : 'Не оккупировано',
    asOf: (date) => `по состоянию на ${date}`,
    location: 'Расположение',
    source: 'Источник:',
    notPublished: 'Расположение не опубликовано.',
    noMarker: 'Ни один найденный источник не даёт координат, поэтому на карте нет метки.',
    holds: 'Что содержит',
    type: 'Тип',
    status: 'Состояние',
    resources: 'Запасы и ресурсы',
    noFigure: 'Опубликованных цифр не найдено.',
    notComparable:
      'Цифры относятся к разным категориям (запасы, ресурсы, оценки), поэтому сравнивать их между месторождениями нельзя.',
    aliases: 'Другие названия',
    notes: 'Примечания',
    allSources: 'Все источники об этом месторождении',
    basis: {
      deposit: 'собственные координаты месторождения',
      'settlement proxy': 'ближайший населённый пункт, а не само месторождение',
      district: 'точка массива, района или участка, а не само месторождение',
      computed:
        'точка, вычисленная по опубликованным расстоянию и направлению, а не собственные координаты месторождения',
    },
  },
};

/** @jsxImportSource @emotion/react */
import { describe, expect, it, vi } from 'vitest';

const { reached } = vi.hoisted(() => ({ reached: [] as string[] }));

vi.mock('stylis-plugin-rtl', async (importOriginal) => {
  const { recordCssjanusRules } = await import('../testing/recordCssjanusRules');
  return recordCssjanusRules(await importOriginal(), reached);
});

const {
  Alert,
  Badge,
  Breadcrumbs,
  Button,
  Card,
  Checkbox,
  Dialog,
  Heading,
  Icon,
  IconButton,
  Inline,
  LanguageSwitcher,
  Link,
  Menu,
  RadioGroup,
  Select,
  Skeleton,
  Spinner,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
  TextArea,
  TextField,
} = await import('../index');
const { renderWithProviders } = await import('../testing/renderWithProviders');

/** Every component of the package, in the states that add styles (invalid, disabled, open, busy). */
function Gallery() {
  return (
    <Stack gap="md">
      <Heading level={1}>عنوان</Heading>
      <Text as="p" tone="muted">
        نص
      </Text>
      <Inline gap="sm" justify="end">
        <Button iconStart={<Icon name="arrowBack" />}>متابعة</Button>
        <Button variant="secondary" disabled>
          إلغاء
        </Button>
        <Button variant="ghost" loading>
          حفظ
        </Button>
        <IconButton icon="close" label="إغلاق" />
      </Inline>
      <Card header={<Heading level={2}>بطاقة</Heading>} footer={<Link href="#a">رابط</Link>} elevation="md">
        <Badge tone="success">نشط</Badge>
        <Badge tone="warning" dot>
          تحذير
        </Badge>
        <Spinner />
        <Skeleton shape="text" />
        <Skeleton shape="circle" />
      </Card>
      <Alert tone="danger" title="خطأ">
        تفاصيل
      </Alert>
      <Breadcrumbs items={[{ label: 'الرئيسية', href: '/' }, { label: 'الأسعار' }]} />
      <TextField label="الاسم" defaultValue="x" error="مطلوب" />
      <TextArea label="رسالة" autoSize maxLength={100} defaultValue="x" />
      <Select
        label="الخطة"
        options={[
          { value: 'a', label: 'أ' },
          { value: 'b', label: 'ب' },
        ]}
        disabled
      />
      <Checkbox label="موافق" defaultChecked />
      <Switch label="تشغيل" disabled />
      <RadioGroup
        label="الدفع"
        options={[
          { value: 'card', label: 'بطاقة' },
          { value: 'cash', label: 'نقدًا', disabled: true },
        ]}
        defaultValue="card"
      />
      <Tabs
        items={[
          { value: 'one', label: 'واحد', content: 'محتوى' },
          { value: 'two', label: 'اثنان', content: 'محتوى' },
        ]}
      />
      <Table
        caption="جدول"
        columns={[
          { key: 'name', header: 'الاسم' },
          { key: 'price', header: 'السعر', numeric: true, sortable: true },
        ]}
        rows={[{ id: '1', name: 'أ', price: 1 }]}
        getRowKey={(row) => row.id}
      />
      <LanguageSwitcher />
      <Menu label="المزيد" items={[{ value: 'copy', label: 'نسخ' }]} defaultOpen />
      <Dialog title="حوار" description="وصف" defaultOpen footer={<Button>موافق</Button>}>
        محتوى
      </Dialog>
    </Stack>
  );
}

describe('the RTL cache on the design system’s own styles', () => {
  it('sends none of its rules through cssjanus, so an Arabic page styled by it never compiles cssjanus', () => {
    const { container, baseElement } = renderWithProviders(<Gallery />, { locale: 'ar' });
    // The gallery did render, under the RTL cache, with an open menu and dialog.
    expect(container.querySelector('[class*="gk-rtl-"]')).not.toBeNull();
    expect(baseElement.querySelector('[role="dialog"]')).not.toBeNull();
    expect(baseElement.querySelector('[role="menu"]')).not.toBeNull();
    expect(reached).toEqual([]);
  });
});

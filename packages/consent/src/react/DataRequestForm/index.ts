export { DataRequestForm } from './DataRequestForm';
export type { DataRequestFormProps } from './DataRequestForm';
export { submitPrivacyRequest } from './submitPrivacyRequest';
export type {
  PrivacyRequestBody,
  PrivacyRequestResult,
  PrivacyRequestTransport,
  PrivacyRequestType,
} from './submitPrivacyRequest';

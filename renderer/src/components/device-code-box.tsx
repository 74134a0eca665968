/** The device code the admin types on another device, with the page to open. */
import type { DeviceCode } from '../slices/sign-in-slice.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';

/** Props of DeviceCodeBox. */
export interface DeviceCodeBoxProps {
  readonly deviceCode: DeviceCode;
}

/** Two numbered steps: open the page, enter the code. */
export function DeviceCodeBox({ deviceCode }: DeviceCodeBoxProps) {
  const openLink = useAssistantStore((s) => s.openOfferedLink);
  const t = useMessages();
  const s = t.signIn;
  return (
    <div className="device-code" role="status" data-testid="signin-device-code">
      <h4>{s.deviceCodeHeading}</h4>
      <ol>
        <li>
          {s.deviceCodeStep1}{' '}
          <span className="mono" data-testid="signin-device-url">{deviceCode.url}</span>{' '}
          <button type="button" className="link-button" data-testid="signin-device-open" onClick={() => void openLink(deviceCode.url)}>
            {s.deviceCodeOpen}
          </button>
        </li>
        <li>
          {s.deviceCodeStep2}
          <span className="device-code-value mono" data-testid="signin-device-user-code">{deviceCode.code}</span>
        </li>
      </ol>
    </div>
  );
}

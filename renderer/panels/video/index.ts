import { videoKind } from '../../../src/layout/panel-kinds/video.js';
import { panelKindView } from '../panel-props.js';
import { VideoPanel } from './VideoPanel.js';
import './video.css';

export const videoView = panelKindView({ definition: videoKind, Component: VideoPanel });

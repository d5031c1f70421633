import React from 'react'
import ReactDOM from 'react-dom/client'
import '../shared/horizon.css'
import { TimelineApp } from './TimelineApp'

const rootElement = document.getElementById('root')
if (rootElement) ReactDOM.createRoot(rootElement).render(<TimelineApp />)
